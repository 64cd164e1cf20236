-- The counts per status above every case list ("Concept 12, In review 3, ..."), kept as they change instead of counted
-- on each page (issue "Fast at a big city's scale"). Counted, each stopped at 1,001, they read up to 6,000 index
-- entries per page for a city team or a busy consultant, ten times what they read at a tenth of the cases; the tally
-- reads one row per consultant, team and status, whatever the number of cases.
-- One row per team, consultant and status, so that a team's counts are the sum over its consultants and a consultant's
-- the sum over the teams their cases are in, and two consultants who open or submit a case at the same moment do not
-- wait on one row.
create table case_tally (
	team_id bigint not null,
	owner_id bigint not null,
	status varchar(30) not null,
	cases integer not null,
	primary key (team_id, owner_id, status)
);
create index case_tally_owner on case_tally (owner_id, status);

insert into case_tally (team_id, owner_id, status, cases)
select team_id, owner_id, status, count(*) from case_file group by team_id, owner_id, status;

-- Inserts and deletes are tallied per statement, a group at a time (a bulk insert of 200,000 cases then costs one
-- statement, not 200,000); an update per row, and only when it changes team, consultant or status: autosaves change
-- none of them and do not run it (PostgreSQL allows no column list on a trigger that sees the statement's rows).
create function case_tally_inserted() returns trigger language plpgsql as $$
begin
	insert into case_tally (team_id, owner_id, status, cases)
	select team_id, owner_id, status, count(*) from inserted group by team_id, owner_id, status
	on conflict (team_id, owner_id, status) do update set cases = case_tally.cases + excluded.cases;
	return null;
end $$;
create trigger case_tally_insert after insert on case_file
	referencing new table as inserted for each statement execute function case_tally_inserted();

create function case_tally_deleted() returns trigger language plpgsql as $$
begin
	update case_tally t set cases = t.cases - d.cases
	from (select team_id, owner_id, status, count(*) as cases from deleted group by team_id, owner_id, status) d
	where t.team_id = d.team_id and t.owner_id = d.owner_id and t.status = d.status;
	return null;
end $$;
create trigger case_tally_delete after delete on case_file
	referencing old table as deleted for each statement execute function case_tally_deleted();

create function case_tally_changed() returns trigger language plpgsql as $$
begin
	update case_tally set cases = cases - 1
	where team_id = old.team_id and owner_id = old.owner_id and status = old.status;
	insert into case_tally (team_id, owner_id, status, cases) values (new.team_id, new.owner_id, new.status, 1)
	on conflict (team_id, owner_id, status) do update set cases = case_tally.cases + 1;
	return null;
end $$;
create trigger case_tally_update after update of team_id, owner_id, status on case_file
	for each row when ((old.team_id, old.owner_id, old.status) is distinct from (new.team_id, new.owner_id, new.status))
	execute function case_tally_changed();

create function case_tally_clear() returns trigger language plpgsql as $$
begin
	truncate case_tally;
	return null;
end $$;
create trigger case_tally_truncate after truncate on case_file
	for each statement execute function case_tally_clear();
