-- The obstacles of step 4 move onto the case's row as a JSON array, as the step plan did in V32 (issue "Fast at a big
-- city's scale"): the case page and the step pages read them with a statement of their own. The obstacle register,
-- the one report that reads them in SQL, takes them from the array. Each element has what Obstacle has: kind (LAW,
-- POLICY_RULE, WORK_PROCESS, CULTURE or null), description and lesson.
alter table case_file add column obstacles jsonb not null default '[]';

update case_file c set obstacles = o.met
from (select case_id, jsonb_agg(jsonb_build_object('kind', kind, 'description', description, 'lesson', lesson)
		order by position) as met
	from case_obstacle group by case_id) o
where o.case_id = c.id;

drop table case_obstacle;
