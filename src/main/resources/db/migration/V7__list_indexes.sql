-- The case lists read only the rows of the page they show (issue 13). Each order a list offers has an index per
-- scope (a team, or an owner) ending in that order with id as the tie-breaker, so that a page is the first rows of
-- one index range, whatever the size of the team. The status filter and the per-status counts have their own
-- indexes. The old indexes had the status before the order, so an unfiltered list read and sorted the whole team.
drop index case_file_owner;
drop index case_file_team;
drop index case_file_step;
drop index case_file_title;

create index case_file_team_updated on case_file (team_id, updated_at desc, id desc);
create index case_file_team_status on case_file (team_id, status, updated_at desc, id desc);
create index case_file_team_reference on case_file (team_id, reference desc);
create index case_file_team_title on case_file (team_id, lower(title), id desc);
create index case_file_team_evaluation on case_file (team_id, evaluation_date, id desc);

create index case_file_owner_updated on case_file (owner_id, updated_at desc, id desc);
create index case_file_owner_status on case_file (owner_id, status, updated_at desc, id desc);

-- The review queue: cases in review of the lead's teams, the longest waiting first.
create index case_file_review_queue on case_file (team_id, submitted_at, id) where status = 'IN_REVIEW';

-- Searching a title or reference for any part of a word ("scoot" finds "Scootmobiel"). A trigram index answers a
-- rare word without reading the team; for a common one the planner walks the list's order index instead.
create extension if not exists pg_trgm;
create index case_file_search on case_file using gin (lower(title) gin_trgm_ops, lower(reference) gin_trgm_ops);
