-- Staff can take a project off the public pages (withdrawn, or not ready yet) without deleting it:
-- unpublished projects, their campaigns and lunch schools are 404 to the public everywhere (API,
-- embed and share pages, oEmbed, lists). Draft campaigns are likewise never public.
ALTER TABLE projects ADD COLUMN published INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1));
