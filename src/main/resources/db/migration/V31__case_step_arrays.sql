-- The laws of step 2 and the values at stake of step 3 move onto the case's row, as arrays (issue "Fast at a big
-- city's scale"): the case page and the step pages read every collection of a case, one statement each, and these two
-- (a few ids or names each, never searched or counted by any query) cost a statement apiece. The laws stay ids of the
-- library, which never deletes a law; the app keeps only laws of goals the library knows.
alter table case_file
	add column law_ids bigint[] not null default '{}',
	add column values_at_stake varchar(30)[] not null default '{}';

update case_file c set law_ids = l.ids
from (select case_id, array_agg(law_id order by law_id) as ids from case_law group by case_id) l
where l.case_id = c.id;

update case_file c set values_at_stake = v.codes
from (select case_id, array_agg(value_code order by value_code) as codes from case_value group by case_id) v
where v.case_id = c.id;

drop table case_law;
drop table case_value;
