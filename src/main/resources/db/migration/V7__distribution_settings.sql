-- Distribution settings: whole stories or summaries in feeds, and the key the content API may ask for.

alter table site_settings add column feed_full_text boolean default true not null;
-- null: the content API is public for published stories
alter table site_settings add column content_api_key varchar(100);
