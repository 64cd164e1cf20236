-- A lead's overview at a big city's scale (issue "Fast at a big city's scale"): at a million cases the overview of a
-- team of 100,000 took about 5 seconds, reading every case row of the team several times over. Its counts now read
-- one index of the team's cases that holds every column they count by (an index-only scan: about 1 MB per 10,000
-- cases); what happened in a period starts from the approvals and follow-ups in that period.

-- The counts by status and step, the workload per consultant, the cases opened and submitted in the period, and the
-- team's side of the joins with the approvals (by id), with the approved cases' kinds of solution and decision.
create index case_file_team_figures on case_file (team_id, owner_id)
	include (id, status, current_step, involves_other_department, refused_without_call, created_at, submitted_at,
		follow_up_due, solution_kind, decision_kind);

-- The approvals of a period: its durations and kinds, its costs and its obstacle register.
create index review_decision_approved on review_decision (decided_at) include (case_id) where decision = 'APPROVED';

-- The follow-ups recorded in a period, with what joins them to their case and their results.
create index case_follow_up_recorded on case_follow_up (recorded_at) include (case_id, months, id)
	where recorded_at is not null;

-- The obstacle register: the teams' cases that met an obstacle, to intersect with the approvals of a period.
create index case_file_team_obstacles on case_file (team_id, owner_id) include (id) where obstacles <> '[]'::jsonb;
