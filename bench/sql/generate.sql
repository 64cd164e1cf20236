-- Fills the app's schema (made by its Flyway migrations) with :cases cases, set-based, in one go.
-- psql variables: cases (total number of cases), pwhash (the {bcrypt} hash every generated account gets),
-- fast_load (on: skip foreign-key triggers during the load with session_replication_role; needs a superuser).
-- Everything the generator needs for itself lives in the schema "bench", dropped at the end.
\set ON_ERROR_STOP on
\timing on
select setseed(0.4242);
select now() as gen_now \gset

drop schema if exists bench cascade;
create schema bench;

-- A pick from a list, inlined by the planner (a SQL function of one expression).
create function bench.pick(a text[]) returns text language sql volatile as
	$$ select a[1 + floor(random() * cardinality(a))::int] $$;

\ir themes.sql
\ir words.sql
select * from bench.words \gset w_

-- Sizes: the number of teams grows with the data; the viewed team (id 1) holds every tenth case.
select greatest(10, least(200, ceil(:cases / 5000.0)))::int as teams \gset
\set viewed_consultants 16
\set other_consultants 8
\set years 5

-- One transaction: a failure leaves the database as it was. With wal_level=minimal (the benchmark's own cluster while
-- loading) the tables truncated here are written without WAL.
begin;
\if :fast_load
set local session_replication_role = replica;
\endif

truncate team, account, account_team, login_lockout, audit_event, spring_session, spring_session_attributes,
	case_number, case_file, case_domain, case_cost,
	case_party, case_follow_up, case_follow_up_result, similar_case, case_editor, review_comment,
	review_decision, compliment, exemplary_case, notification, event_publication, case_tally
	restart identity cascade;

-- Secondary indexes (those not behind a constraint) are dropped for the load and built again at the end: one sort
-- per index instead of millions of inserts in random order.
create table bench.dropped_index as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = current_schema() and i.tablename in ('team', 'account', 'account_team', 'audit_event', 'case_file',
	'case_domain', 'case_cost',
	'case_party', 'case_follow_up', 'case_follow_up_result', 'case_editor', 'review_comment', 'review_decision',
	'compliment', 'exemplary_case', 'notification', 'event_publication', 'similar_case')
and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass);
do $$ declare r record; begin
	for r in select * from bench.dropped_index loop execute format('drop index %I', r.indexname); end loop;
end $$;

-- Teams ---------------------------------------------------------------------------------------------------------
\echo team
-- Half of the teams have a caseload threshold set by the admin (V16), the viewed team too.
insert into team (id, name, cases_visible_to_members, archived, caseload_threshold, created_at, version)
select t,
	case when t = 1 then 'Wmo Centrum (benchmark)'
		else (:'w_team_kinds'::text[])[1 + (t - 2) % cardinality((:'w_team_kinds'::text[]))] || ' ' || (:'w_areas'::text[])[1 + ((t - 2) / cardinality((:'w_team_kinds'::text[]))) % cardinality((:'w_areas'::text[]))]
			|| case when t - 2 >= cardinality((:'w_team_kinds'::text[])) * cardinality((:'w_areas'::text[]))
				then ' ' || (1 + (t - 2) / (cardinality((:'w_team_kinds'::text[])) * cardinality((:'w_areas'::text[]))))::text else '' end
	end,
	t = 1 or random() < 0.5, false,
	case when t = 1 then 30 when random() < 0.5 then 20 + 5 * floor(random() * 4)::int end,
	:'gen_now'::timestamptz - interval '6 years', 0
from generate_series(1, :teams) t;

-- Accounts: an admin (1), the viewed team's lead (2) and consultants (3..), for the other teams one lead per two
-- teams (100..) and their consultants (1000..). Usernames are initial, surname and id: a.jansen3.
create table bench.staff as
select 2::bigint as id, 'TEAM_LEAD' as role, 1 as team_id
union all select 3 + k, 'CONSULTANT', 1 from generate_series(0, :viewed_consultants - 1) k
union all select 100 + (t - 2) / 2, 'TEAM_LEAD', t from generate_series(2, :teams) t
union all select 1000 + (t - 2) * :other_consultants + k, 'CONSULTANT', t
	from generate_series(2, :teams) t, generate_series(0, :other_consultants - 1) k;

\echo account
insert into account (id, username, display_name, email, role, password_hash, active, created_at, version)
select id, username, display_name, username || '@gemeente.example', role, :'pwhash', true,
	:'gen_now'::timestamptz - interval '6 years', 0
from (
	select 1::bigint as id, 'beheerder' as username, 'Functioneel beheer' as display_name, 'ADMIN' as role
	union all
	select s.id, lower(left(f, 1) || '.' || replace(l, ' ', '')) || s.id, f || ' ' || l, s.role
	from (select distinct id, role from bench.staff) s
	cross join lateral (select (:'w_first_names'::text[])[1 + (s.id * 7) % cardinality((:'w_first_names'::text[]))] as f,
		(:'w_last_names'::text[])[1 + (s.id * 13 / 5) % cardinality((:'w_last_names'::text[]))] as l) n
) a;

\echo account_team
insert into account_team (account_id, team_id) select id, team_id from bench.staff;

-- The plan: one narrow row per case with every random choice, the driver of all inserts below ------------------
\echo bench.plan0
create unlogged table bench.plan0 as
with base as (
	select i::bigint as id,
		:'gen_now'::timestamptz - (interval '1 day' * 365.25 * :years) * (1 - (i - random()) / :cases) as created_at,
		case when i % 10 = 0 then 1 else 2 + floor(random() * (:teams - 1))::int end as team_id,
		1 + floor(random() * 16)::int as theme,
		random() as u, random() as u2, random() as u3
	from generate_series(1, :cases) i
), aged as (
	select b.*, extract(epoch from :'gen_now'::timestamptz - b.created_at) / 86400.0 as age_d,
		case when b.team_id = 1 then 3 + floor(b.u2 * :viewed_consultants)::bigint
			else 1000 + (b.team_id - 2) * :other_consultants + floor(b.u2 * :other_consultants)::bigint end as owner_id,
		case when b.team_id = 1 then 2 else 100 + (b.team_id - 2) / 2 end::bigint as lead_id
	from base b
)
select id, created_at, age_d, team_id, theme, owner_id, lead_id,
	case
		when age_d < 30 then case when u < .44 then 'DRAFT' when u < .69 then 'IN_REVIEW'
			when u < .84 then 'CHANGES_REQUESTED' when u < .86 then 'WITHDRAWN' else 'APPROVED' end
		when age_d < 180 then case when u < .09 then 'DRAFT' when u < .17 then 'IN_REVIEW'
			when u < .23 then 'CHANGES_REQUESTED' when u < .26 then 'WITHDRAWN' when u < .85 then 'APPROVED'
			else 'EVALUATED' end
		else case when u < .03 then 'DRAFT' when u < .06 then 'WITHDRAWN' when u < .13 then 'APPROVED'
			else 'EVALUATED' end
	end as status,
	u3
from aged;

-- Each consultant of the viewed team gets their newest case as a fully filled case sent back with comments: the
-- benchmark opens, edits and autosaves it.
\echo bench.plan0
update bench.plan0 p set status = 'CHANGES_REQUESTED'
from (select max(id) as id from bench.plan0 where team_id = 1 group by owner_id) b where b.id = p.id;
\echo bench.plan0
update bench.plan0 p set created_at = least(created_at, :'gen_now'::timestamptz - interval '10 days'),
	age_d = greatest(age_d, 10)
from (select max(id) as id from bench.plan0 where team_id = 1 group by owner_id) b where b.id = p.id;

\echo bench.plan
create unlogged table bench.plan as
with w as (
	-- A withdrawn case (V24) was withdrawn before a decision: as a draft, while in review or after it was sent back.
	-- "prior" is where it stood then (for every other case its status): the steps and rounds follow it.
	select p.*,
		case when status <> 'WITHDRAWN' then status when rw < .5 then 'DRAFT' when rw < .75 then 'IN_REVIEW'
			else 'CHANGES_REQUESTED' end as prior
	from (select p.*, random() as rw from bench.plan0 p) p
), s as (
	select w.*,
		case when prior = 'DRAFT' then 1 + floor(u3 * 5)::int else 5 end as current_step,
		case when prior = 'IN_REVIEW' then random() < .25 when prior = 'CHANGES_REQUESTED' then random() < .2
			when prior in ('APPROVED', 'EVALUATED') then random() < .3 else false end as had_cr,
		least(7 + random() * 35, age_d * 0.9) as life,
		60 + random() * 300 as eval_off,
		random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
		random() as r7, random() as r8
	from w
), f as (
	select s.*,
		-- fractions of the life at which it was submitted (s1, s2) and decided (d1, d2)
		case when prior = 'IN_REVIEW' then case when had_cr then .35 else .8 end
			when prior = 'CHANGES_REQUESTED' then case when had_cr then .2 else .4 end
			when prior in ('APPROVED', 'EVALUATED') then case when had_cr then .3 else .6 end end as s1,
		case when prior = 'IN_REVIEW' then case when had_cr then .5 end
			when prior = 'CHANGES_REQUESTED' then case when had_cr then .35 else .55 end
			when prior in ('APPROVED', 'EVALUATED') then case when had_cr then .45 else 1.0 end end as d1,
		case when prior = 'IN_REVIEW' then case when had_cr then .8 end
			when prior = 'CHANGES_REQUESTED' then case when had_cr then .55 end
			when prior in ('APPROVED', 'EVALUATED') then case when had_cr then .7 end end as s2,
		case when prior = 'CHANGES_REQUESTED' then case when had_cr then .7 end
			when prior in ('APPROVED', 'EVALUATED') then case when had_cr then 1.0 end end as d2
	from s
), t as (
	select f.*,
		f.created_at + interval '1 day' * life * s1 as s1_at,
		f.created_at + interval '1 day' * life * d1 as d1_at,
		f.created_at + interval '1 day' * life * s2 as s2_at,
		f.created_at + interval '1 day' * life * d2 as d2_at,
		case when prior in ('APPROVED', 'EVALUATED') then f.created_at + interval '1 day' * life end as approved_at,
		-- withdrawn at the end of its life, after the last submission or decision
		case when status = 'WITHDRAWN' then f.created_at + interval '1 day' * life end as withdrawn_at,
		case when prior = 'DRAFT' then current_step - 1 else 4 end as filled,
		row_number() over (partition by extract(year from f.created_at) order by f.id) as n
	from f
), u as (
	-- The follow-ups (V14), due 6 and 12 months after the day of approval in the municipality's zone. An evaluated
	-- case has its 6-month one recorded around the due date (a young one early, with a reason); 85% of those whose
	-- 12-month one has come have recorded that too. An approved case has recorded none, some of them overdue.
	select t.*,
		((t.approved_at at time zone 'Europe/Amsterdam')::date + interval '6 months')::date as due6,
		((t.approved_at at time zone 'Europe/Amsterdam')::date + interval '12 months')::date as due12,
		case when t.status = 'EVALUATED' then t.approved_at + interval '1 day' * least(178 + t.r5 * 50,
			greatest((t.age_d - t.life) * 0.9, 0.5)) end as f6_at,
		case when t.status = 'EVALUATED' and t.r6 < .85
				and t.approved_at + interval '1 day' * (362 + t.r8 * 60) < :'gen_now'::timestamptz - interval '1 day'
			then t.approved_at + interval '1 day' * (362 + t.r8 * 60) end as f12_at
	from t
)
select u.id,
	extract(year from u.created_at)::int || '-' || lpad(u.n::text, greatest(4, length(u.n::text)), '0') as reference,
	u.created_at, u.team_id, u.theme, u.owner_id, u.lead_id, u.status, u.prior, u.current_step, u.had_cr, u.filled,
	u.s1_at, u.d1_at, u.s2_at, u.d2_at, u.approved_at, u.withdrawn_at, u.r1, u.r2, u.r3, u.r4,
	case when u.status = 'WITHDRAWN' then case when u.r5 < .4 then 'RESIDENT_WITHDREW'
		when u.r5 < .7 then 'SOLVED_OTHERWISE' when u.r5 < .85 then 'MOVED_AWAY' when u.r5 < .93 then 'DECEASED'
		else 'OTHER' end end as withdrawal_reason,
	case when u.s2_at is not null then 2 when u.s1_at is not null then 1 else 0 end as submissions,
	coalesce(u.s2_at, u.s1_at) as submitted_at,
	u.due6, u.due12, u.f6_at, u.f12_at,
	coalesce(u.f12_at, u.f6_at) as evaluated_at,
	-- the next follow-up to record, kept on the case's row: none before approval or once both are recorded
	case when u.approved_at is null or u.f12_at is not null then null when u.f6_at is null then 6 else 12 end
		as follow_up_months,
	case when u.approved_at is null or u.f12_at is not null then null when u.f6_at is null then u.due6 else u.due12 end
		as follow_up_due,
	case when u.filled >= 4 then
		case when u.approved_at is not null then (u.approved_at + interval '1 day' * u.eval_off)::date
			else (u.created_at + interval '1 day' * (90 + u.r4 * 270))::date end
	end as evaluation_date,
	-- Step 4's decision (V18) on three quarters of the decided cases (older ones were decided before the app asked),
	-- mostly maatwerk; a refusal or partial grant was mostly explained on the phone first.
	case when u.approved_at is not null and u.r7 < .75 then case when u.r7 < .34 then 'MAATWERK'
		when u.r7 < .56 then 'GRANTED_AS_ASKED' when u.r7 < .67 then 'PARTLY_GRANTED' else 'REFUSED' end end
		as decision_kind,
	case when u.approved_at is not null and u.r7 >= .56 and u.r7 < .75 then u.r8 < .8 end as called,
	case when u.approved_at is not null and u.r7 < .75
		then least((u.approved_at at time zone 'Europe/Amsterdam')::date + 1 + floor(u.r6 * 7)::int,
			(:'gen_now'::timestamptz at time zone 'Europe/Amsterdam')::date) end as decision_date,
	-- other departments or organisations (V18) in a quarter of the cases with step 4, obstacles (V13) in 40%
	case when u.filled >= 4 and u.r5 < .25 then 1 + (u.r5 < .06)::int else 0 end as parties,
	case when u.filled >= 4 and u.r6 < .4 then 1 + (u.r6 < .12)::int else 0 end as obstacles,
	case u.status
		when 'DRAFT' then u.created_at + interval '1 day' * u.r1 * least(u.age_d * 0.9, 20)
		when 'IN_REVIEW' then coalesce(u.s2_at, u.s1_at)
		when 'CHANGES_REQUESTED' then coalesce(u.d2_at, u.d1_at)
		when 'APPROVED' then u.approved_at
		when 'WITHDRAWN' then u.withdrawn_at
		else coalesce(u.f12_at, u.f6_at)
	end as updated_at
from u;
alter table bench.plan add primary key (id);
analyze bench.plan;

-- Review rounds: one row per submission, with the lead's decision where there is one (a withdrawn case's as they
-- were before it was withdrawn).
\echo bench.round
create unlogged table bench.round as
select p.id as case_id, 1 as round, p.s1_at as submitted_at, p.d1_at as decided_at,
	case when p.d1_at is null then null when p.prior in ('APPROVED', 'EVALUATED') and not p.had_cr then 'APPROVED'
		else 'CHANGES_REQUESTED' end as decision,
	p.owner_id, p.lead_id, p.team_id, p.theme
from bench.plan p where p.s1_at is not null
union all
select p.id, 2, p.s2_at, p.d2_at,
	case when p.d2_at is null then null when p.prior = 'CHANGES_REQUESTED' then 'CHANGES_REQUESTED' else 'APPROVED' end,
	p.owner_id, p.lead_id, p.team_id, p.theme
from bench.plan p where p.s2_at is not null;

-- Cases ---------------------------------------------------------------------------------------------------------
\echo case_file
insert into case_file (id, reference, title, resident, question_as_asked, team_id, owner_id, status, current_step,
	effects, similarity_effects, resident_words, own_strength, meaning_for_people,
	law_ids, goal_ids, within_goals, within_goals_explanation, standard_outcome, standard_changes_anything, deviation_reason,
	real_need, observations, frame_of_reference, values_at_stake, values_note, effects_short_term, effects_long_term,
	director_perspective, impartial, impartiality_note,
	solution, solution_kind, solution_kind_reason, actions, process_coordination_needed, process_coordinator, legal_ground,
	proportionality_suitable, proportionality_necessary, proportionality_balanced, obstacles, evaluation_date,
	decision_kind, decision_date, called, call_date, call_with, call_agreed, no_call_reason,
	involves_other_department, refused_without_call,
	created_at, updated_at, submitted_at, approved_at, evaluated_at, follow_up_months, follow_up_due, withdrawn_at,
	withdrawal_reason, version)
select p.id, p.reference,
	bench.pick(t.titles) || bench.pick((:'w_title_suffixes'::text[])),
	bench.pick((:'w_resident_prefixes'::text[])) || chr(65 + floor(random() * 26)::int) || '.' || chr(65 + floor(random() * 26)::int) || '.',
	bench.pick(t.questions) || ' ' || bench.pick((:'w_tails'::text[])),
	p.team_id, p.owner_id, p.status, p.current_step,
	-- step 1: one to three effects, each with its indicator, as DesiredEffect is stored (whether they were reached is
	-- in the follow-ups, below), and their text for the similarity search (V33's trigger, which fast_load switches off)
	e.effects, (select string_agg(x.item ->> 'description', E'\n' order by x.n)
		from jsonb_array_elements(e.effects) with ordinality x(item, n)),
	case when p.filled >= 1 then '"' || bench.pick(t.resident_words) || '" ' || bench.pick((:'w_tails'::text[])) end,
	case when p.filled >= 1 then bench.pick((:'w_own_strength'::text[])) || ' ' || bench.pick((:'w_own_strength'::text[])) end,
	case when p.filled >= 1 then bench.pick((:'w_meaning'::text[])) end,
	-- step 2: the theme's law (and a second one)
	case when p.filled >= 2 then array_remove(array[t.law_id, t.law2_id], null) else '{}' end,
	-- and one to three goals of the theme's law from the seeded library
	case when p.filled >= 2 then array(select t.goal_ids[1 + (floor(p.r3 * cardinality(t.goal_ids))::int + g) % cardinality(t.goal_ids)]
		from generate_series(0, least(cardinality(t.goal_ids), 1 + floor(p.r4 * 3)::int) - 1) g) else '{}' end,
	case when p.filled >= 2 then case when p.r2 < .6 then 'YES' when p.r2 < .9 then 'PARTLY' else 'NO' end end,
	case when p.filled >= 2 then bench.pick((:'w_within_expl'::text[])) || ' ' || bench.pick((:'w_tails'::text[])) end,
	case when p.filled >= 2 then bench.pick(t.standard_outcomes) end,
	case when p.filled >= 2 then bench.pick((:'w_changes_anything'::text[])) end,
	case when p.filled >= 2 then bench.pick((:'w_deviation'::text[])) end,
	case when p.filled >= 3 then bench.pick((:'w_real_need'::text[])) || ' ' || bench.pick((:'w_tails'::text[])) end,
	case when p.filled >= 3 then bench.pick((:'w_observations'::text[])) || ' ' || bench.pick((:'w_observations'::text[])) end,
	case when p.filled >= 3 then bench.pick((:'w_frame'::text[])) end,
	-- step 3: one to three values at stake
	case when p.filled >= 3 then array(select distinct (array['AUTONOMY', 'EQUAL_TREATMENT', 'PROPORTIONALITY',
		'SOLIDARITY', 'SAFETY'])[1 + (floor(p.r2 * 5)::int + v) % 5] from generate_series(0, floor(p.r1 * 3)::int) v)
		else '{}' end,
	case when p.filled >= 3 then bench.pick((:'w_values_note'::text[])) end,
	case when p.filled >= 3 then bench.pick((:'w_short_term'::text[])) end,
	case when p.filled >= 3 then bench.pick((:'w_long_term'::text[])) end,
	case when p.filled >= 3 then bench.pick((:'w_director'::text[])) end,
	case when p.filled >= 3 then p.r3 < .95 end,
	case when p.filled >= 3 then bench.pick((:'w_impartiality'::text[])) end,
	case when p.filled >= 4 then bench.pick(t.solutions) || ' ' || bench.pick((:'w_tails'::text[])) end,
	case when p.filled >= 4 then case when p.r3 < .2 then 'QUICK_FIX' else t.solution_kind end end,
	case when p.filled >= 4 then bench.pick((:'w_kind_reason'::text[])) end,
	-- step 4: two to four planned actions (the second one owned by the first other party in half the cases that
	-- have one), as PlannedAction is stored
	case when p.filled >= 4 then (select jsonb_agg(jsonb_build_object(
			'description', bench.pick((:'w_actions'::text[])), 'owner', bench.pick((:'w_action_owners'::text[])),
			'dueDate', (coalesce(p.submitted_at, p.updated_at) + interval '1 day' * (7 + 14 * a.pos + floor(random() * 10)))::date,
			'partyIndex', case when a.pos = 1 and p.parties > 0 and p.r4 < .5 then 0 end) order by a.pos)
		from generate_series(0, 1 + floor(p.r3 * 3)::int) a(pos)) else '[]' end,
	case when p.filled >= 4 then p.r1 < .4 end,
	case when p.filled >= 4 and p.r1 < .4 then bench.pick((:'w_coordinators'::text[])) end,
	case when p.filled >= 4 then 'Art. ' || bench.pick((:'w_articles'::text[])) || ' ' || t.law || ', ' || bench.pick((:'w_legal_tail'::text[])) end,
	case when p.filled >= 4 then bench.pick((:'w_suitable'::text[])) end,
	case when p.filled >= 4 then bench.pick((:'w_necessary'::text[])) end,
	case when p.filled >= 4 then bench.pick((:'w_balanced'::text[])) end,
	-- obstacles met, as Obstacle is stored
	case when p.obstacles > 0 then (select jsonb_agg(jsonb_build_object(
			'kind', (array['LAW', 'POLICY_RULE', 'WORK_PROCESS', 'CULTURE'])[1 + floor(random() * 4)::int],
			'description', bench.pick((:'w_obstacles'::text[])), 'lesson', bench.pick((:'w_lessons'::text[])))
			order by o.pos)
		from generate_series(0, p.obstacles - 1) o(pos)) else '[]' end,
	p.evaluation_date,
	p.decision_kind, p.decision_date, p.called,
	case when p.called then p.decision_date - 1 - floor(p.r2 * 3)::int end,
	case when p.called then bench.pick((:'w_call_with'::text[])) end,
	case when p.called then bench.pick((:'w_call_agreed'::text[])) end,
	case when not p.called then bench.pick((:'w_no_call_reasons'::text[])) end,
	-- what the app keeps on the row whenever step 4 is saved (ActionStep.refreshFlags)
	p.parties > 0, coalesce(not p.called, false),
	p.created_at, p.updated_at, p.submitted_at, p.approved_at, p.evaluated_at, p.follow_up_months, p.follow_up_due,
	p.withdrawn_at, p.withdrawal_reason,
	2 + 2 * p.filled + p.submissions + (p.f6_at is not null)::int + (p.f12_at is not null)::int
		+ (p.withdrawn_at is not null)::int
from bench.plan p join bench.theme t on t.id = p.theme
cross join lateral (select case when p.filled >= 1 then (select jsonb_agg(jsonb_build_object(
		'description', t.effects[1 + (floor(p.r1 * 3)::int + e.pos) % cardinality(t.effects)]
			|| case when random() < .3 then ' ' || bench.pick((:'w_tails'::text[])) else '' end,
		'indicator', t.indicators[1 + (floor(p.r1 * 3)::int + e.pos) % cardinality(t.indicators)]) order by e.pos)
	from generate_series(0, floor(p.r2 * 3)::int) e(pos)) else '[]' end as effects) e;

\echo case_number
insert into case_number (year, last_number)
select extract(year from created_at)::int, count(*) from bench.plan group by 1;

\echo case_domain
-- With the case's team (V27), which the app's trigger fills in and fast_load switches off.
insert into case_domain (case_id, domain, team_id)
select p.id, t.domains[1], p.team_id from bench.plan p join bench.theme t on t.id = p.theme
union all
select p.id, t.domains[2], p.team_id from bench.plan p join bench.theme t on t.id = p.theme
where cardinality(t.domains) > 1 and p.r4 < .6;

-- step 4: the cost comparison without and with maatwerk
\echo case_cost
insert into case_cost (case_id, position, scenario, payer, description, amount_per_year, years)
select p.id, c.pos, c.scenario, c.payer, c.description, round((c.amount * (0.7 + p.r4 * 0.6))::numeric, 2), c.years
from bench.plan p join bench.theme t on t.id = p.theme
cross join lateral (values
	(0, 'WITHOUT_MAATWERK', t.payer, t.cost_without, t.amount_without, 1 + floor(p.r1 * 4)::int),
	(1, 'WITH_MAATWERK', t.payer, t.cost_with, t.amount_with, 1 + floor(p.r2 * 3)::int),
	(2, 'WITH_MAATWERK', case when p.r3 < .5 then 'RESIDENT' else 'HOUSING_CORPORATION' end, 'Eigen bijdrage en inzet netwerk', 150::numeric, 1)
) c(pos, scenario, payer, description, amount, years)
where p.filled >= 4 and (c.pos < 2 or p.r3 < .7);

-- A line priced from the price list (V12, V13) in 60% of the cases opened on a day the item that fits the theme's
-- maatwerk has a price (the seeded prices start in 2026; older cases kept their free amounts): the item times a
-- quantity a year, with the price kept on the line and no free amount.
\echo case_cost
create unlogged table bench.price_pick as
select m.theme, i.id as price_item_id, i.name, i.unit, i.payer
from (values (1, 'Scootmobiel (huur met onderhoud)'), (2, 'Schuldhulpverleningstraject'), (3, 'Huishoudelijke hulp'),
	(4, 'Individuele begeleiding'), (5, 'Ambulante jeugdhulp'), (6, 'Ambulante jeugdhulp'), (7, 'Dagbesteding'),
	(8, 'Dagbesteding'), (9, 'Re-integratietraject'), (10, 'Bijzondere bijstand (eenmalig)'),
	(11, 'Schuldhulpverleningstraject'), (12, 'Individuele begeleiding'), (14, 'Re-integratietraject'),
	(15, 'Traplift (aanschaf en plaatsing)'), (16, 'Re-integratietraject')) m(theme, name)
join price_item i on i.name = m.name and i.active;
insert into case_cost (case_id, position, scenario, payer, description, years, price_item_id, price_id, item_name,
	unit, unit_price, quantity_per_year)
-- After the lines above, without a gap: the app reads the positions as list indexes.
select p.id, case when p.r3 < .7 then 3 else 2 end, 'WITH_MAATWERK', i.payer, i.name,
	case when i.unit = 'PIECE' then 1 else 1 + floor(p.r2 * 3)::int end,
	i.price_item_id, pr.id, i.name, i.unit, pr.amount,
	case i.unit when 'HOUR' then 52 * (1 + floor(p.r1 * 4)) when 'DAY_PART' then 52 * (1 + floor(p.r1 * 3))
		when 'DAY' then 52 when 'WEEK' then 52 when 'MONTH' then 12 else 1 end
from bench.plan p
join bench.price_pick i on i.theme = p.theme
join price pr on pr.price_item_id = i.price_item_id
	and (p.created_at at time zone 'Europe/Amsterdam')::date >= pr.valid_from
	and (pr.valid_to is null or (p.created_at at time zone 'Europe/Amsterdam')::date <= pr.valid_to)
where p.filled >= 4 and p.r4 < .6;

\echo case_party
insert into case_party (case_id, position, kind, name, contact, agreement)
select p.id, x.pos, (array['HOUSING_CORPORATION', 'HOUSING', 'SPATIAL_PLANNING', 'ENFORCEMENT', 'WORK_AND_INCOME',
		'SCHOOL', 'CARE_PROVIDER', 'OTHER'])[x.k],
	(array['Woningcorporatie Thuisbaas', 'Afdeling Wonen', 'Ruimtelijke ordening', 'Team Handhaving',
		'Werk en Inkomen', 'Basisschool De Regenboog', 'Thuiszorg Zorggoed', 'Kredietbank'])[x.k],
	bench.pick((:'w_party_contacts'::text[])), bench.pick((:'w_party_agreements'::text[]))
from bench.plan p
cross join lateral (select pos, 1 + (floor(p.r3 * 8)::int + 3 * pos) % 8 as k
	from generate_series(0, p.parties - 1) pos) x
where p.parties > 0;

-- maker is not checker: every owner saved their case
\echo case_editor
insert into case_editor (case_id, account_id) select id, owner_id from bench.plan;

-- Follow-ups (V14): both of every approved case, recorded by the owner as planned above, early ones with a reason;
-- ids 2 per case, so that the results below find theirs without a lookup.
\echo case_follow_up
insert into case_follow_up (id, case_id, months, due_on, recorded_at, recorded_by, early_reason)
select 2 * p.id - 1 + m.i, p.id, m.months, m.due, m.at, case when m.at is not null then p.owner_id end,
	case when (m.at at time zone 'Europe/Amsterdam')::date < m.due then bench.pick((:'w_early_reasons'::text[])) end
from bench.plan p
cross join lateral (values (0, 6, p.due6, p.f6_at), (1, 12, p.due12, p.f12_at)) m(i, months, due, at)
where p.approved_at is not null;

-- per desired effect whether it was reached, a note with half of them; a little better after 12 months (the
-- randoms name the row, or the planner would draw them once for all)
\echo case_follow_up_result
insert into case_follow_up_result (follow_up_id, position, outcome, note)
select 2 * p.id - 1 + m.i, e.position,
	case when r.u < .6 + .1 * m.i then 'REACHED' when r.u < .88 then 'PARTLY' else 'NOT_REACHED' end,
	case when r.u2 < .5 then bench.pick((:'w_outcome_notes'::text[])) end
from bench.plan p
cross join lateral (values (0, p.f6_at), (1, p.f12_at)) m(i, at)
join case_file c on c.id = p.id
cross join lateral (select n - 1 as position from jsonb_array_elements(c.effects) with ordinality x(item, n)) e
cross join lateral (select random() + 0 * e.position as u, random() + 0 * e.position as u2) r
where m.at is not null;

-- Review ---------------------------------------------------------------------------------------------------------
\echo review_decision
insert into review_decision (case_id, round, reviewer_id, decision, reason, decided_at)
select r.case_id, r.round, r.lead_id, r.decision,
	case when r.decision = 'CHANGES_REQUESTED' then bench.pick((:'w_reasons'::text[])) end, r.decided_at
from bench.round r where r.decision is not null;

-- comments: one to three on a round sent back, sometimes one on an approved round; answered and resolved once the
-- case came back (the open round of a case that was sent back keeps them open)
\echo review_comment
insert into review_comment (case_id, round, step, field, author_id, text, created_at, answer, answered_at, resolved,
	resolved_at, version)
select r.case_id, r.round,
	case when split_part(c.field, '.', 1) = 'cost' then 'ACTION' else upper(split_part(c.field, '.', 1)) end,
	c.field, r.lead_id, c.text, c.at,
	case when c.closed then bench.pick((:'w_answers'::text[])) end,
	case when c.closed then c.at + interval '1 day' end,
	c.closed, case when c.closed then c.at + interval '1 day' end, case when c.closed then 2 else 0 end
from bench.round r join bench.plan p on p.id = r.case_id
cross join lateral (
	select bench.pick((:'w_comment_fields'::text[])) as field, bench.pick((:'w_comments'::text[])) as text,
		r.decided_at - interval '1 minute' * (30 - n) as at,
		not (p.prior = 'CHANGES_REQUESTED' and r.round = p.submissions) as closed
	from generate_series(1, case when r.decision = 'CHANGES_REQUESTED' then 1 + floor(random() * 3)::int
		when random() < .3 then 1 else 0 end) n
) c
where r.decision is not null;

\echo compliment
insert into compliment (case_id, team_id, consultant_id, lead_id, step, text, shared_with_team, created_at)
select p.id, p.team_id, p.owner_id, p.lead_id,
	(array['EFFECT', 'LAW', 'ETHICS', 'ACTION'])[1 + floor(random() * 4)::int], bench.pick((:'w_compliments'::text[])),
	random() < .4, p.approved_at + interval '2 hours'
from bench.plan p
where p.approved_at is not null and p.r4 < .15;

\echo exemplary_case
insert into exemplary_case (case_id, lead_id, for_training, share_organisation, propose_casebook, title, summary,
	reasoning, domains, steps, created_at, version)
select p.id, p.lead_id, random() < .5, random() < .6, random() < .2, t.titles[1],
	'Inwoner met een vraag rond ' || lower(t.titles[1]) || '. ' || bench.pick(t.solutions),
	bench.pick((:'w_exemplary_reasoning'::text[])), array_to_string(t.domains, ','), 'EFFECT,ACTION',
	p.approved_at + interval '1 day', 0
from bench.plan p join bench.theme t on t.id = p.theme
where p.approved_at is not null and p.r4 < .01;

-- The similarity search (V26), which the app's triggers keep and fast_load switches off: a search row for each
-- approved or evaluated case (the effects' text is on the case since its insert).
\echo similar_case
insert into similar_case (case_id, team_id, owner_id, published, terms, goal_ids)
select c.id, c.team_id, c.owner_id, p.published, similar_case_row(c, p.published), c.goal_ids
from case_file c cross join lateral (select case_is_published(c.id) as published) p
where c.status in ('APPROVED', 'EVALUATED')
on conflict (case_id) do nothing;

-- notifications: a decision, a round of comments and a compliment each tell the owner; read after a while
\echo notification
insert into notification (recipient_id, case_id, kind, created_at, read_at)
select n.owner_id, n.case_id, n.kind, n.at,
	case when n.at < :'gen_now'::timestamptz - interval '14 days' or random() < .5 then n.at + interval '1 day' * random() * 3 end
from (
	select owner_id, case_id, decision as kind, decided_at as at from bench.round where decision is not null
	union all
	select r.owner_id, c.case_id, 'COMMENTED', min(c.created_at)
	from review_comment c join bench.round r on r.case_id = c.case_id and r.round = c.round
	group by r.owner_id, c.case_id, c.round
	union all
	select consultant_id, case_id, 'PRAISED', created_at from compliment
) n;

-- Audit history ---------------------------------------------------------------------------------------------------
-- Case events (as AuditTrail writes them from the published events), then what the review module records itself.
\echo audit_event
insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
select e.at, a.username, e.action, 'CASE', e.case_id, c.reference, e.detail
from (
	select id as case_id, owner_id as actor_id, created_at as at, 'CASE_OPENED' as action, null as detail from bench.plan
	union all
	select p.id, p.owner_id, p.created_at + (coalesce(p.s1_at, p.updated_at) - p.created_at) * (s.n / (p.filled + 1.0)),
		'CASE_STEP_SAVED', 'step=' || (array['effect', 'law', 'ethics', 'action'])[s.n]
	from bench.plan p cross join lateral generate_series(1, p.filled) s(n)
	union all
	select case_id, owner_id, submitted_at, 'CASE_SUBMITTED', null from bench.round
	union all
	select case_id, lead_id, decided_at, case when decision = 'APPROVED' then 'CASE_APPROVED' else 'CASE_CHANGES_REQUESTED' end,
		null from bench.round where decision is not null
	union all
	select id, owner_id, f6_at, 'CASE_EVALUATED', 'months=6' from bench.plan where f6_at is not null
	union all
	select id, owner_id, f12_at, 'CASE_EVALUATED', 'months=12' from bench.plan where f12_at is not null
	union all
	select id, owner_id, withdrawn_at, 'CASE_WITHDRAWN', 'reason=' || withdrawal_reason from bench.plan
	where withdrawn_at is not null
) e
join account a on a.id = e.actor_id
join bench.plan c on c.id = e.case_id;

\echo audit_event
insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
select e.at, a.username, e.action, 'CASE', e.case_id, c.reference, e.detail
from (
	select case_id, lead_id as actor_id, decided_at - interval '40 minutes' as at, 'CASE_READ' as action,
		'role=TEAM_LEAD' as detail from bench.round where decision is not null
	union all
	select case_id, author_id, created_at, 'REVIEW_COMMENTED', 'step=' || lower(step) from review_comment
	union all
	select case_id, lead_id, created_at, 'COMPLIMENT_GIVEN', 'step=' || lower(step) || '; shared=' || shared_with_team
	from compliment
	union all
	select case_id, lead_id, created_at, 'CASE_MARKED_EXEMPLARY', null from exemplary_case
) e
join account a on a.id = e.actor_id
join bench.plan c on c.id = e.case_id;

-- The event publication registry stays empty: the app deletes a publication once its listeners are done
-- (spring.modulith.events.completion-mode=delete), so a real database holds only the few whose listener failed. Earlier
-- versions wrote a completed row per event and listener (9.9 million at a million cases), and Modulith's start-up query
-- for outstanding publications (completion_date is null or status != 'COMPLETED') read them all: 2.6 s of start-up
-- that no municipality would see.

-- The counts per status the lists show (V30), as the app's triggers keep them; written here because a fast load runs
-- without triggers.
\echo case_tally
delete from case_tally;
insert into case_tally (team_id, owner_id, status, cases)
select team_id, owner_id, status, count(*) from case_file group by team_id, owner_id, status;

-- Identity columns continue after the generated ids, so the app can insert.
select setval(pg_get_serial_sequence('team', 'id'), (select max(id) from team));
select setval(pg_get_serial_sequence('account', 'id'), (select max(id) from account));
select setval(pg_get_serial_sequence('case_file', 'id'), (select max(id) from case_file));
select setval(pg_get_serial_sequence('audit_event', 'id'), (select max(id) from audit_event));
select setval(pg_get_serial_sequence('case_follow_up', 'id'), greatest(1, (select max(id) from case_follow_up)));
select setval(pg_get_serial_sequence('review_comment', 'id'), greatest(1, (select max(id) from review_comment)));
select setval(pg_get_serial_sequence('review_decision', 'id'), greatest(1, (select max(id) from review_decision)));
select setval(pg_get_serial_sequence('compliment', 'id'), greatest(1, (select max(id) from compliment)));
select setval(pg_get_serial_sequence('exemplary_case', 'id'), greatest(1, (select max(id) from exemplary_case)));
select setval(pg_get_serial_sequence('notification', 'id'), greatest(1, (select max(id) from notification)));

\echo indexes
do $$ declare r record; begin
	for r in select * from bench.dropped_index loop execute r.indexdef; end loop;
end $$;

drop schema bench cascade;
commit;
