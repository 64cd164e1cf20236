-- The desired effects of step 1 move onto the case's row as a JSON array (issue "Fast at a big city's scale"): the case
-- page and the step pages read every collection of a case, one statement each. Each element has what DesiredEffect
-- has: description and indicator. The follow-ups' results keep referring to an effect by its position in the array.
alter table case_file add column effects jsonb not null default '[]';

-- V19 copied the effects' descriptions onto the case's row for the similarity search, from case_effect's rows with a
-- deferred trigger. Now they are on the row already: a trigger before the row is written keeps the copy, only when the
-- effects are among the columns written (an autosave writes only what changed), and before V26's trigger after the
-- write reads it.
create function case_file_effects_text() returns trigger language plpgsql as $$
begin
	new.similarity_effects := (select string_agg(e.item ->> 'description', E'\n' order by e.position)
		from jsonb_array_elements(new.effects) with ordinality as e(item, position));
	return new;
end $$;

update case_file c set effects = e.effects
from (select case_id, jsonb_agg(jsonb_build_object('description', description, 'indicator', indicator)
		order by position) as effects
	from case_effect group by case_id) e
where e.case_id = c.id;

drop table case_effect;
drop function case_file_copy_effects();

create trigger case_file_effects_text before insert or update of effects on case_file
	for each row execute function case_file_effects_text();
