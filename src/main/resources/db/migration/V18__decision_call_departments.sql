-- Step 4 records the decision: its kind and the date of the formal decision (beschikking), where one is made.
alter table case_file
	add column decision_kind varchar(20) check (decision_kind in ('GRANTED_AS_ASKED', 'MAATWERK', 'PARTLY_GRANTED', 'REFUSED')),
	add column decision_date date;

-- Before a refusal or a partial grant the resident is called first to explain it ("bel eerst voordat je een
-- afwijzingsbrief stuurt"): whether that happened, and the call (when, with whom, what was agreed) or why not.
alter table case_file
	add column called boolean,
	add column call_date date,
	add column call_with varchar(150),
	add column call_agreed text,
	add column no_call_reason text;

-- Other departments and organisations involved in the case (ruimtelijk domein, wonen, handhaving, a housing
-- corporation, a school...), each with a contact and what they agreed. An action of the step plan may be owned by one
-- of them: it names the party by its position.
create table case_party (
	case_id bigint not null references case_file (id) on delete cascade,
	position integer not null,
	kind varchar(30) check (kind in ('SPATIAL_PLANNING', 'HOUSING', 'ENFORCEMENT', 'WORK_AND_INCOME',
		'HOUSING_CORPORATION', 'SCHOOL', 'CARE_PROVIDER', 'OTHER')),
	name varchar(150),
	contact varchar(150),
	agreement varchar(2000),
	primary key (case_id, position)
);
alter table case_action add column party_index integer check (party_index >= 0);

-- Two facts the lists filter on and the lead's overview counts, kept on the case's row by the app whenever step 4 is
-- saved: the case involves another department or organisation, and it refuses (or grants in part) without having
-- called the resident first. No existing case has either yet.
alter table case_file
	add column involves_other_department boolean not null default false,
	add column refused_without_call boolean not null default false;

-- Each filter walks a partial index per scope and order, and one with the status for the status filter and its count
-- (as V7 and V14 do for the whole list), so that a page reads only the flagged cases it shows, however large the team
-- and however few of its cases are flagged.
create index case_file_team_updated_department on case_file (team_id, updated_at desc, id desc)
	where involves_other_department;
create index case_file_team_reference_department on case_file (team_id, reference desc)
	where involves_other_department;
create index case_file_team_title_department on case_file (team_id, lower(title), id desc)
	where involves_other_department;
create index case_file_team_follow_up_department on case_file (team_id, follow_up_due, id desc)
	where involves_other_department;
create index case_file_team_status_department on case_file (team_id, status, updated_at desc, id desc)
	where involves_other_department;
create index case_file_owner_updated_department on case_file (owner_id, updated_at desc, id desc)
	where involves_other_department;

create index case_file_team_updated_no_call on case_file (team_id, updated_at desc, id desc)
	where refused_without_call;
create index case_file_team_reference_no_call on case_file (team_id, reference desc)
	where refused_without_call;
create index case_file_team_title_no_call on case_file (team_id, lower(title), id desc)
	where refused_without_call;
create index case_file_team_follow_up_no_call on case_file (team_id, follow_up_due, id desc)
	where refused_without_call;
create index case_file_team_status_no_call on case_file (team_id, status, updated_at desc, id desc)
	where refused_without_call;
create index case_file_owner_updated_no_call on case_file (owner_id, updated_at desc, id desc)
	where refused_without_call;
