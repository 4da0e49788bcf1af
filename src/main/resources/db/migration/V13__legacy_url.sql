-- Addresses of an earlier site (a WordPress import) and what each now points to. "source" is a decoded,
-- lower-cased path without its trailing slash ("/2024/08/19/<slug>"), a query form ("?p=9") or a
-- structural key ("post:<slug>", "category:<slug>") used when the old site changed permalink structure.
create table legacy_url (
    source       varchar(1000) not null primary key,
    target_kind  varchar(20)   not null,
    target_id    bigint        not null
);

create index legacy_url_target_idx on legacy_url (target_kind, target_id);
