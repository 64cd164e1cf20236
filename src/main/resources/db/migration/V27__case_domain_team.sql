-- The list's law-domain filter, counted per team (issue "Fast at a big city's scale"). "Cases of these teams in this
-- domain, up to 1,001" could only be answered by walking the team's cases and looking up each one's domains (about
-- 13,000 buffers for a domain one case in four has), or the domain's cases of every team. With the team on the domain's
-- row, an index range of (team, domain) holds exactly the cases to count.
alter table case_domain add column team_id bigint;

update case_domain d set team_id = c.team_id from case_file c where c.id = d.case_id;

alter table case_domain alter column team_id set not null;

-- The app writes a case's domains as (case_id, domain) only: the team comes from the case, and follows it when the
-- case moves to another team.
create function case_domain_team() returns trigger language plpgsql as $$
begin
	new.team_id := (select c.team_id from case_file c where c.id = new.case_id);
	return new;
end $$;
create trigger case_domain_team before insert or update of case_id on case_domain
	for each row execute function case_domain_team();

create function case_file_domain_team() returns trigger language plpgsql as $$
begin
	update case_domain set team_id = new.team_id where case_id = new.id;
	return null;
end $$;
create trigger case_file_domain_team after update of team_id on case_file
	for each row when (old.team_id is distinct from new.team_id) execute function case_file_domain_team();

create index case_domain_team on case_domain (team_id, domain, case_id);
