-- The access log has a retention period too (issue 14; AVG art. 5 lid 1 onder e, BIO 12.4.1): who read which case,
-- refused attempts and subject access reports are kept this long, then the nightly run deletes them. An editable
-- rule like the others, its source marked to be checked; a new rule raises the rules' version, so a run after this
-- migration waits until an admin has looked at the dry run and confirmed.
alter table retention_rule drop constraint retention_rule_kind_check;
alter table retention_rule add constraint retention_rule_kind_check
	check (kind in ('CLOSED_CASE', 'UNTOUCHED_DRAFT', 'ACCESS_LOG'));

insert into retention_rule (kind, law_domain, keep_months, source) values
	('ACCESS_LOG', null, 24, 'BIO (Baseline Informatiebeveiliging Overheid) 12.4.1 en AVG art. 5 lid 1 onder e: logbestanden niet langer bewaren dan nodig voor controle; eigen beleid 2 jaar. Te controleren.');
update retention_setting set rules_version = rules_version + 1 where id = 1;

alter table retention_run add column access_lines_deleted bigint not null default 0;

-- The run deletes the access log's lines from the oldest on, through this index, a batch at a time.
create index audit_event_access_time on audit_event (occurred_at)
	where action in ('CASE_READ', 'CASE_ACCESS_REFUSED', 'ACCESS_REFUSED', 'SUBJECT_ACCESS_REPORT');
