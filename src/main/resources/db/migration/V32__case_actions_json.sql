-- The step plan of step 4 moves onto the case's row as a JSON array (issue "Fast at a big city's scale"): the case page
-- and the step pages read every collection of a case, one statement each, and no query searches or counts the
-- planned actions. Each element has what PlannedAction has: description, owner, dueDate (ISO date) and partyIndex
-- (the position of the party that owns the action, or null for the team itself).
alter table case_file add column actions jsonb not null default '[]';

update case_file c set actions = a.plan
from (select case_id, jsonb_agg(jsonb_build_object('description', description, 'owner', owner, 'dueDate', due_date,
		'partyIndex', party_index) order by position) as plan
	from case_action group by case_id) a
where a.case_id = c.id;

drop table case_action;
