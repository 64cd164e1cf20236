-- The review queue leaves out the cases the reviewer worked on (maker is not checker). case_editor's key starts
-- with the case, so finding the cases of one reviewer read the whole table: on every page a lead opens (the
-- navigation counts the queue), half the page's time at a million cases. Numbered 12.1 so that it runs before the
-- migrations of work that was under way when it was written.
create index case_editor_account on case_editor (account_id, case_id);

-- The queue's index carries the owner too, so that counting the queue reads the index alone.
drop index case_file_review_queue;
create index case_file_review_queue on case_file (team_id, submitted_at, id) include (owner_id)
	where status = 'IN_REVIEW';
