-- The key under which spellings of one name meet (org.nashir.shared.NameKeys); filled by V18.
alter table author add column name_key varchar(300);
alter table tag add column name_key varchar(300);
alter table section add column name_key varchar(300);
create index author_name_key_idx on author (name_key);
create index tag_name_key_idx on tag (name_key);
create index section_name_key_idx on section (name_key);

-- Other spellings met for a name, kept so that the page of the first spelling answers for them all.
create table name_alias (
    kind       varchar(20)  not null,
    name_key   varchar(300) not null,
    name       varchar(200) not null,
    target_id  bigint       not null,
    primary key (kind, name)
);

-- The media library's search finds the folded words typed in the folded alt text, caption and credit; filled by V18.
alter table media_asset add column search_key varchar(2000);
