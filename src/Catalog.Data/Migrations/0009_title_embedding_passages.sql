-- A title is embedded passage by passage (its synopsis split into a few sentences each), so it
-- has one row per passage. text_hash is the hash of all the title's passage texts, the same on
-- each of its rows. Existing rows become passage 0; their hash no longer matches the passage
-- texts, so the next reindex (or the indexer, for a changed title) embeds them again.

ALTER TABLE title_embedding ADD COLUMN passage smallint NOT NULL DEFAULT 0 CHECK (passage BETWEEN 0 AND 255);
ALTER TABLE title_embedding DROP CONSTRAINT title_embedding_pkey;
ALTER TABLE title_embedding ADD PRIMARY KEY (title_id, passage);
ALTER TABLE title_embedding ALTER COLUMN passage DROP DEFAULT;
