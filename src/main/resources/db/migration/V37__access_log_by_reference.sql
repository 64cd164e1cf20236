-- A subject access report and the access log filtered on a case's reference (issue "Fast at a big city's scale"):
-- the lines of one case were found by reading every case event of the period, which for a report is all time (about
-- 11 million events beside a million cases: 0.76 s). The reference is what the lines are asked by, and stays on
-- the event when retention has removed the case.
create index audit_event_case_label on audit_event (subject_label) where subject_type = 'CASE';
