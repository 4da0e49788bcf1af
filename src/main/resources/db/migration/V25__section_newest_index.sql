-- A section's newest stories are ordered by publication time and then id, as every list is. The section index
-- stopped at the time, so H2 read and sorted all of a section's stories to keep four for the home page (more
-- than half of an uncached home page's time with 10,000 stories). With the id in it, the index gives the order.
create index article_section_newest_idx on article (section_id, status, published_at desc, id desc);
drop index article_section_published_idx;
