-- Each title's embedding, so the vector index can be rebuilt at start-up without re-embedding.
-- text_hash is the hash of the text that was embedded: a title whose text did not change keeps
-- its vector on reindex.

CREATE TABLE title_embedding (
    title_id    bigint PRIMARY KEY REFERENCES title (id) ON DELETE CASCADE,
    model       text NOT NULL CHECK (length(model) BETWEEN 1 AND 200),
    text_hash   bytea NOT NULL,
    vector      real[] NOT NULL CHECK (cardinality(vector) BETWEEN 1 AND 4096),
    embedded_at timestamptz NOT NULL DEFAULT now()
);
