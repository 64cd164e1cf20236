-- Who read what (AVG, issue 14). Reads of a case by others, refused attempts and exports are lines of the audit log
-- (subject CASE, the page in the detail). The owner's own reads are grouped per day here: one row per case, person and
-- day with a count. No foreign key to the case: like the audit log, the access log names a case by its reference and
-- outlives it; it holds no case text.
create table case_own_read (
	case_id bigint not null,
	reference varchar(20) not null,
	actor varchar(50) not null,
	day date not null,
	times integer not null,
	first_at timestamp with time zone not null,
	last_at timestamp with time zone not null,
	primary key (case_id, actor, day)
);
create index case_own_read_actor on case_own_read (lower(actor), day desc);
create index case_own_read_day on case_own_read (day desc);

-- The privacy officer (functionaris gegevensbescherming) reads the access log and produces subject access reports; like
-- an admin, they read no case page.
alter table account drop constraint account_role_check;
alter table account add constraint account_role_check
	check (role in ('CONSULTANT', 'TEAM_LEAD', 'ADMIN', 'PRIVACY_OFFICER'));

-- The access log per account and period, and "many cases in a short time".
create index audit_event_case_actor on audit_event (lower(actor), occurred_at desc) where subject_type = 'CASE';
create index audit_event_case_time on audit_event (occurred_at desc, id desc) where subject_type = 'CASE';
