-- Where an imported story came from: importing the same archive twice does not duplicate it.
alter table article add column source_url varchar(2000);
create unique index article_source_url_idx on article (source_url);
