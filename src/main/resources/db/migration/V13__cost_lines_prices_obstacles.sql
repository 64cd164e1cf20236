-- Step 4's cost lines may now be priced from the price list: an item times a quantity per year. Such a line keeps the
-- price it was made with (the price row, its amount, and the item's name and unit as they were), so that a later
-- price period or a renamed item does not change a case's calculation. Existing lines are free amounts per year and
-- stay as they are: every new column is empty for them.
alter table case_cost
	add column price_item_id bigint references price_item (id),
	add column price_id bigint references price (id),
	add column item_name varchar(150),
	add column unit varchar(20),
	add column unit_price numeric(12, 2),
	add column quantity_per_year numeric(12, 2);

-- A line is either a free amount or a priced item, never both; a priced item always carries its kept price.
alter table case_cost
	add constraint case_cost_free_or_priced check (
		(price_item_id is null and price_id is null and unit_price is null and quantity_per_year is null)
		or (price_item_id is not null and price_id is not null and unit_price is not null and item_name is not null
			and unit is not null and amount_per_year is null));

-- The obstacles met in step 4: law, policy rule, work process or culture, each with what happened and the lesson for
-- policy. Read by the casebook and the return day.
create table case_obstacle (
	case_id bigint not null references case_file (id) on delete cascade,
	position integer not null,
	kind varchar(30) check (kind in ('LAW', 'POLICY_RULE', 'WORK_PROCESS', 'CULTURE')),
	description varchar(2000),
	lesson varchar(2000),
	primary key (case_id, position)
);
