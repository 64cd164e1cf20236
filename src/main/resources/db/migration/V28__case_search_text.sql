-- The list's title and reference search at a million cases (issue "Fast at a big city's scale"). A common word
-- ("scoot", in one case of twelve) took a plan that intersected the trigram index's 83,000 matches in all teams with the
-- team's 100,000 index entries and rechecked the wide case rows (about 430 ms under load); walking the team's index in
-- the list's order read each case's row to test its title (8 KB a row). Now the searched text is a column of its own,
-- in lower case once when the row is written rather than for every row a search tests, and the indexes the team list
-- and "my cases" walk in their default order carry it: a search tests it in the index (an index-only scan), and the
-- count that stops at 1,001 reads about 12,000 index entries instead of 12,000 rows. Rare words still go through the
-- trigram index, now on the one column. A newline separates title and reference, which a search field cannot hold.
drop statistics if exists case_file_search_terms;
drop index case_file_search;
drop index case_file_team_updated;
drop index case_file_owner_updated;

alter table case_file
	add column search_text text generated always as (lower(title) || E'\n' || lower(reference)) stored;

create index case_file_search on case_file using gin (search_text gin_trgm_ops);
create index case_file_team_updated on case_file (team_id, updated_at desc, id desc) include (search_text);
create index case_file_owner_updated on case_file (owner_id, updated_at desc, id desc) include (search_text);

analyze case_file;
