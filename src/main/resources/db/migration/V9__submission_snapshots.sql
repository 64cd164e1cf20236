-- What the four steps said when a case was submitted for review, one row per filled-in field, as readable text.
-- The review page compares the last two submissions word by word ("changed since the previous round").
-- Round counts the case's submissions from 1; cases submitted before this table existed start at their next one.
create table submission_snapshot (
	case_id bigint not null references case_file (id) on delete cascade,
	round int not null,
	step varchar(16) not null,
	field varchar(40) not null,
	text text not null,
	primary key (case_id, round, step, field)
);
