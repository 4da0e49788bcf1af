-- Readings of published stories, counted by the site itself (no cookie, no third party) and summed by the hour, so
-- that every node adds to the same rows and «الأكثر قراءة» is the same on all of them. Kept for eight days.
create table story_read (
    article_id bigint not null references article (id) on delete cascade,
    read_hour timestamp with time zone not null,
    reads bigint not null,
    primary key (article_id, read_hour)
);
create index story_read_hour_idx on story_read (read_hour);
