-- The similarity list's search moves to a narrow table of its own (issue "Maatwerk without arbitrariness", measured
-- in issue "Fast at a big city's scale"). V19 searched case_file's GIN index and then had to read each matching case's
-- wide row to learn whether the reader may see it: at 100k cases the rarest words of a case matched 19,896 cases, and
-- to rank 1,000 the reader may see, 9,360 rows of 8 KB were read (6,832 heap blocks, 235 ms warm). Here each offered
-- case is one small row whose terms also carry who may find it, so that the index itself answers "like this one, and
-- readable by this reader": its team ('#t' || team_id), its consultant ('#o' || owner_id) and, when another team may
-- see its anonymised entry, '#p'. Those lexemes contain '#', which Dutch text search never keeps, so no case text can
-- produce them. The query still checks team_id, owner_id and published exactly: the lexemes find, the columns decide.

-- What a case is about, weighted for ranking, as V19 had it: A the desired effects (also in the resident's own words),
-- B the title, the question as asked and the real need, C the situation (own strength and network, observations),
-- D the chosen solution and why. A function of the row, so that the trigger and the query for the case at hand (any
-- status) compute it alike; case_file no longer stores it for every case.
create function case_similarity_terms(c case_file) returns tsvector language sql immutable parallel safe as $$
	select setweight(to_tsvector('dutch'::regconfig,
			coalesce(c.similarity_effects, '') || E'\n' || coalesce(c.resident_words, '')), 'A')
		|| setweight(to_tsvector('dutch'::regconfig,
			coalesce(c.title, '') || E'\n' || coalesce(c.question_as_asked, '') || E'\n' || coalesce(c.real_need, '')), 'B')
		|| setweight(to_tsvector('dutch'::regconfig,
			coalesce(c.own_strength, '') || E'\n' || coalesce(c.observations, '')), 'C')
		|| setweight(to_tsvector('dutch'::regconfig,
			coalesce(c.solution, '') || E'\n' || coalesce(c.solution_kind_reason, '')), 'D')
$$;

-- Only approved and evaluated cases are offered as earlier cases; only they have a row.
create table similar_case (
	case_id bigint primary key references case_file (id) on delete cascade,
	team_id bigint not null,
	owner_id bigint not null,
	-- Shared with the organisation as an exemplary case, or in a published casebook edition.
	published boolean not null default false,
	terms tsvector not null
);

-- Whether a case's anonymised entry may be shown to other teams, as the final query decides it too.
create function case_is_published(changed bigint) returns boolean language sql stable as $$
	select exists (select 1 from exemplary_case x where x.case_id = changed and x.share_organisation)
		or exists (select 1 from casebook_entry b
			join casebook_edition_entry ee on ee.entry_id = b.id
			join casebook_edition ed on ed.id = ee.edition_id
			where b.case_id = changed and ed.status = 'PUBLISHED')
$$;

create function similar_case_row(c case_file, published boolean) returns tsvector language sql immutable as $$
	select case_similarity_terms(c) || array_to_tsvector(array['#t' || c.team_id, '#o' || c.owner_id]
		|| case when published then array['#p'] else array[]::text[] end)
$$;

create function similar_case_sync() returns trigger language plpgsql as $$
declare
	published boolean;
begin
	if new.status in ('APPROVED', 'EVALUATED') then
		published := case_is_published(new.id);
		insert into similar_case (case_id, team_id, owner_id, published, terms)
		values (new.id, new.team_id, new.owner_id, published, similar_case_row(new, published))
		on conflict (case_id) do update
		set team_id = excluded.team_id, owner_id = excluded.owner_id, published = excluded.published,
			terms = excluded.terms;
	else
		delete from similar_case where case_id = new.id;
	end if;
	return null;
end $$;

create trigger case_file_similar_insert after insert on case_file
	for each row when (new.status in ('APPROVED', 'EVALUATED')) execute function similar_case_sync();

-- Autosaves update drafts all day: the function runs only when an offered case's texts, team, consultant or status
-- change, or a case becomes or stops being offered.
create trigger case_file_similar_update after update on case_file
	for each row when ((old.status in ('APPROVED', 'EVALUATED') or new.status in ('APPROVED', 'EVALUATED'))
		and (old.status, old.team_id, old.owner_id, old.similarity_effects, old.resident_words, old.title,
			old.question_as_asked, old.real_need, old.own_strength, old.observations, old.solution,
			old.solution_kind_reason)
		is distinct from (new.status, new.team_id, new.owner_id, new.similarity_effects, new.resident_words,
			new.title, new.question_as_asked, new.real_need, new.own_strength, new.observations, new.solution,
			new.solution_kind_reason))
	execute function similar_case_sync();

-- Sharing, unsharing, publishing or withdrawing an entry changes who may find the case.
create function similar_case_republish(changed bigint) returns void language sql as $$
	update similar_case s
	set published = p.published, terms = similar_case_row(c, p.published)
	from case_file c cross join lateral (select case_is_published(c.id) as published) p
	where s.case_id = changed and c.id = changed and s.published is distinct from p.published
$$;

create function exemplary_case_similar() returns trigger language plpgsql as $$
begin
	if tg_op in ('UPDATE', 'DELETE') then
		perform similar_case_republish(old.case_id);
	end if;
	if tg_op in ('INSERT', 'UPDATE') then
		perform similar_case_republish(new.case_id);
	end if;
	return null;
end $$;
create trigger exemplary_case_similar after insert or update or delete on exemplary_case
	for each row execute function exemplary_case_similar();

create function casebook_edition_entry_similar() returns trigger language plpgsql as $$
begin
	if tg_op = 'DELETE' then
		perform similar_case_republish(b.case_id) from casebook_entry b where b.id = old.entry_id;
	else
		perform similar_case_republish(b.case_id) from casebook_entry b where b.id = new.entry_id;
	end if;
	return null;
end $$;
create trigger casebook_edition_entry_similar after insert or delete on casebook_edition_entry
	for each row execute function casebook_edition_entry_similar();

create function casebook_edition_similar() returns trigger language plpgsql as $$
begin
	perform similar_case_republish(b.case_id)
	from casebook_edition_entry ee join casebook_entry b on b.id = ee.entry_id
	where ee.edition_id = new.id;
	return null;
end $$;
create trigger casebook_edition_similar after update of status on casebook_edition
	for each row when (old.status is distinct from new.status) execute function casebook_edition_similar();

-- The stored column still holds what case_similarity_terms computes: copying it is six times quicker than parsing
-- every text again (15 s at 100k cases).
insert into similar_case (case_id, team_id, owner_id, published, terms)
select c.id, c.team_id, c.owner_id, p.published, c.similarity_terms
	|| array_to_tsvector(array['#t' || c.team_id, '#o' || c.owner_id]
		|| case when p.published then array['#p'] else array[]::text[] end)
from case_file c cross join lateral (select case_is_published(c.id) as published) p
where c.status in ('APPROVED', 'EVALUATED');

-- Built after the rows are in: quicker than adding each to the index, and no pending list left to scan.
create index similar_case_terms on similar_case using gin (terms);

-- The search column and its index on case_file served only the similarity list.
alter table case_file drop column similarity_terms;
