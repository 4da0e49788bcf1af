-- Listings take their newest stories from this index in order and stop after a page, instead of sorting
-- every published story: with the id in it, the order (publish time, then id) is the index's own.
create index article_newest_idx on article (status, published_at desc, id desc);
drop index article_published_idx;
