-- The law goals of step 2 move onto the case's row as an array, beside its laws (V31), and onto the similarity
-- search's row (issue "Fast at a big city's scale"): the case page and the step pages read every collection of a case,
-- one statement each, and the similarity list counted each candidate's goals shared with the case in case_law_goal, one
-- index probe per candidate (up to 300). Now the candidate's goals come with its search row. The goals stay ids of the
-- library, which never deletes a goal (it retires them); the app keeps only goals the library knows.
alter table case_file add column goal_ids bigint[] not null default '{}';

update case_file c set goal_ids = g.ids
from (select case_id, array_agg(goal_id order by goal_id) as ids from case_law_goal group by case_id) g
where g.case_id = c.id;

alter table similar_case add column goal_ids bigint[] not null default '{}';

update similar_case s set goal_ids = c.goal_ids
from case_file c
where c.id = s.case_id and c.goal_ids <> '{}';

create or replace function similar_case_sync() returns trigger language plpgsql as $$
declare
	published boolean;
begin
	if new.status in ('APPROVED', 'EVALUATED') then
		published := case_is_published(new.id);
		insert into similar_case (case_id, team_id, owner_id, published, terms, goal_ids)
		values (new.id, new.team_id, new.owner_id, published, similar_case_row(new, published), new.goal_ids)
		on conflict (case_id) do update
		set team_id = excluded.team_id, owner_id = excluded.owner_id, published = excluded.published,
			terms = excluded.terms, goal_ids = excluded.goal_ids;
	else
		delete from similar_case where case_id = new.id;
	end if;
	return null;
end $$;

-- As V26 had it, with the goals among what the search row holds.
drop trigger case_file_similar_update on case_file;
create trigger case_file_similar_update after update on case_file
	for each row when ((old.status in ('APPROVED', 'EVALUATED') or new.status in ('APPROVED', 'EVALUATED'))
		and (old.status, old.team_id, old.owner_id, old.similarity_effects, old.resident_words, old.title,
			old.question_as_asked, old.real_need, old.own_strength, old.observations, old.solution,
			old.solution_kind_reason, old.goal_ids)
		is distinct from (new.status, new.team_id, new.owner_id, new.similarity_effects, new.resident_words,
			new.title, new.question_as_asked, new.real_need, new.own_strength, new.observations, new.solution,
			new.solution_kind_reason, new.goal_ids))
	execute function similar_case_sync();

drop table case_law_goal;
