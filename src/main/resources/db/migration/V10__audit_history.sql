-- A case's history is read in time order, its reads grouped per person and day in the same statement: the lines
-- of one subject come from one index in the order the page shows them.
create index audit_event_subject_time on audit_event (subject_type, subject_id, occurred_at desc, id desc);
drop index audit_event_subject;

-- Refusals recorded before they named what was asked for: the case's reference, or the method's path (never a
-- query string, which may hold search text; the detail has held only the path from the start).
update audit_event e
set subject_label = c.reference
from case_file c
where e.action = 'CASE_ACCESS_REFUSED' and e.subject_label is null and e.subject_type = 'CASE' and c.id = e.subject_id;

update audit_event
set subject_label = left(substring(detail from '^[A-Z]+ ([^;]*)'), 200)
where action = 'ACCESS_REFUSED' and subject_label is null;
