-- An editor's crop, as fractions of the original picture, and focal point, as fractions of the cropped one; null
-- keeps the whole picture and its centre. Every variant is drawn from the crop; a card's 16:9 cut is placed around
-- the focal point.
alter table media_asset add column crop_x double precision;
alter table media_asset add column crop_y double precision;
alter table media_asset add column crop_width double precision;
alter table media_asset add column crop_height double precision;
alter table media_asset add column focal_x double precision;
alter table media_asset add column focal_y double precision;

-- The images a story shows, as its lead, in its body or in edits waiting to go live: where an image is used, kept
-- as the story is saved (filled for existing stories by V22), so the library can tell used images from unused ones.
create table article_image (
    article_id  bigint not null references article (id) on delete cascade,
    media_id    bigint not null,
    primary key (article_id, media_id)
);
create index article_image_media on article_image (media_id);
