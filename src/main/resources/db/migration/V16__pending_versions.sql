-- A published or scheduled story's edits wait here, as a whole draft (JSON), until someone allowed to
-- publish puts them live: readers, feeds, search and webhooks only ever see the article's own columns.
alter table article add column pending varchar(1000000);
alter table article add column pending_by varchar(100);
alter table article add column pending_at timestamp with time zone;

-- An autosave's revision is replaced by the next save of the same person: one row per sitting, not one every 20 seconds.
alter table article_revision add column autosave boolean default false not null;
