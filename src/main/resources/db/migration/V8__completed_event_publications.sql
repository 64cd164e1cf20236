-- Completed event publications are deleted from now on (spring.modulith.events.completion-mode=delete); those kept
-- so far go too. Only incomplete ones matter: they are what the retry hands to their listeners again.
delete from event_publication where completion_date is not null;
