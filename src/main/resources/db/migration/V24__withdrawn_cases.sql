-- A resident may withdraw a request before it is decided (or it is solved otherwise, or they move away): the
-- consultant marks the case withdrawn, with a reason from a fixed list (never free text). A withdrawn case is closed:
-- read-only, out of the open work and the review queue, and kept for its retention rule from the day it was
-- withdrawn, as an evaluated case is from the day of its last follow-up (issue 14).
alter table case_file add column withdrawn_at timestamp with time zone;
alter table case_file add column withdrawal_reason varchar(30);

-- The retention run finds withdrawn cases from the day of withdrawal, as case_file_closed does evaluated ones.
create index case_file_withdrawn on case_file (withdrawn_at) where status = 'WITHDRAWN';

alter table case_file drop constraint case_file_status_check;
alter table case_file add constraint case_file_status_check
	check (status in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'EVALUATED', 'WITHDRAWN'));
alter table case_file add constraint case_file_withdrawn_check
	check ((status = 'WITHDRAWN') = (withdrawn_at is not null and withdrawal_reason is not null));
