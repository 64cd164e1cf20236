-- Maker is not checker: who has ever saved a step of a case is kept with the case itself,
-- not read back from the audit log.
create table case_editor (
	case_id bigint not null references case_file (id) on delete cascade,
	account_id bigint not null references account (id),
	primary key (case_id, account_id)
);

insert into case_editor (case_id, account_id)
select id, owner_id from case_file
union
select e.subject_id, a.id
from audit_event e
join account a on lower(a.username) = lower(e.actor)
join case_file c on c.id = e.subject_id
where e.subject_type = 'CASE' and e.action = 'CASE_STEP_SAVED'
on conflict do nothing;
