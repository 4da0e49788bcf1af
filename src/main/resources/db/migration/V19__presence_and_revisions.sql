-- Who has a story open in the editor, kept by the editor's heartbeat: a row not seen for a while is gone.
-- "holds" marks the one the others are told is editing it; a takeover moves it, and the audit log says so.
create table story_presence (
    article_id    bigint       not null,
    user_id       bigint       not null,
    display_name  varchar(200) not null,
    opened_at     timestamp with time zone not null,
    seen_at       timestamp with time zone not null,
    holds         boolean      not null,
    primary key (article_id, user_id)
);

-- The story's version each revision was saved as: the base of a three-way comparison when two saves meet.
alter table article_revision add column article_version bigint;

-- What else each save set (section, bylines, tags, images, flags), so that comparing two revisions shows it too.
alter table article_revision add column settings varchar(100000);

-- Who uploaded an image through the back office: its uploader may describe it while no published story uses it.
alter table media_asset add column uploaded_by bigint;
