-- How many cases a title or reference search matches is the planner's guess, and without statistics on the searched
-- expressions it guessed a common word ("scoot") a fiftieth of what it is: at a million cases it then read every
-- trigram match of all teams (a bitmap over ~80,000 rows) instead of walking the team's own index in the list's order
-- until a page was full (~600 rows). With statistics on lower(title) and lower(reference) (PostgreSQL 14 and later)
-- the guess follows the data: common words walk the team's index, rare ones use the trigram index (issue 13).
create statistics if not exists case_file_search_terms on (lower(title)), (lower(reference)) from case_file;
analyze case_file;
