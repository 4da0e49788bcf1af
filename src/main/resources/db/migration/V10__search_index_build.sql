-- What the search index was last completely built with, and which node holds the lease to rebuild it:
-- several app nodes share one index on a search cluster, and only one of them rebuilds it at a time.
create table search_index_build (
    index_name    varchar(64)  primary key,
    built_with    varchar(200),
    lease_holder  varchar(200),
    lease_until   timestamp with time zone
);

insert into search_index_build (index_name) values ('story');
