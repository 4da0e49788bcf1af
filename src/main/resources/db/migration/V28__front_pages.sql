-- Fronts the editors arrange: the home page ('home') and each section's own page ('section-12'). A front names
-- the stories it puts in its places (slot 0 is the lead) and, on the home page, the order and kind of the
-- section blocks; a place nobody filled, or whose story was unpublished, shows the newest story instead.
create table front_arrangement (
    front_key varchar(40) primary key,
    version bigint not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null
);

-- A story deleted for good leaves its place; the front falls back to the newest there.
create table front_pick (
    front_key varchar(40) not null references front_arrangement (front_key) on delete cascade,
    slot int not null,
    article_id bigint not null references article (id) on delete cascade,
    primary key (front_key, slot)
);

create table front_block (
    front_key varchar(40) not null references front_arrangement (front_key) on delete cascade,
    section_id bigint not null references section (id) on delete cascade,
    position int not null,
    style varchar(20) not null,
    primary key (front_key, section_id)
);
