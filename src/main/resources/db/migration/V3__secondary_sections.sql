-- A story lives in one primary section (its URL) and may also appear in others.
create table article_section (
    article_id  bigint not null references article (id),
    section_id  bigint not null references section (id),
    primary key (article_id, section_id)
);

create index article_section_section_idx on article_section (section_id);
