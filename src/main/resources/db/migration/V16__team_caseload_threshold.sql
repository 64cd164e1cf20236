-- The caseload a team considers workable: open cases per consultant above which the lead's overview flags them
-- ("too high a caseload makes maatwerk impossible"). Set by the admin per team; empty means no threshold.
alter table team add column caseload_threshold integer check (caseload_threshold between 1 and 500);
