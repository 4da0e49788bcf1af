-- The house style the story editor applies to pasted text: straight and English curly quotes around Arabic words
-- become «», on by default as most Arabic newsrooms write them.
alter table site_settings add column arabic_quotes boolean default true not null;
