-- The catalog: titles (movies and series), seasons, genres, people, credits and AI-use disclosures.
-- Full-text and vector columns arrive with the search migrations.

CREATE TABLE genre (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    slug        text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT genre_name_uq UNIQUE (name),
    CONSTRAINT genre_slug_uq UNIQUE (slug)
);

-- Every way a genre is written or said, case-, accent- and punctuation-folded. One alias may
-- name several genres ("rom com" is romance and comedy).
CREATE TABLE genre_synonym (
    alias       text NOT NULL CHECK (length(alias) BETWEEN 1 AND 60),
    genre_id    integer NOT NULL REFERENCES genre (id) ON DELETE CASCADE,
    PRIMARY KEY (alias, genre_id)
);

CREATE TABLE title (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('movie', 'series')),
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    original_title  text CHECK (length(original_title) BETWEEN 1 AND 500),
    year            integer CHECK (year BETWEEN 1870 AND 2100),
    end_year        integer CHECK (end_year BETWEEN 1870 AND 2100),
    synopsis        text CHECK (length(synopsis) <= 20000),
    runtime_minutes integer CHECK (runtime_minutes BETWEEN 1 AND 1000),
    maturity_rating text CHECK (length(maturity_rating) BETWEEN 1 AND 16),
    countries       text[] NOT NULL DEFAULT '{}',
    languages       text[] NOT NULL DEFAULT '{}',
    image_url       text CHECK (length(image_url) <= 2000),
    source          text NOT NULL CHECK (length(source) BETWEEN 1 AND 40),
    source_id       text NOT NULL CHECK (length(source_id) BETWEEN 1 AND 400),
    -- Hash of everything an importer wrote, so a re-import touches only what changed.
    content_hash    bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    -- Optimistic concurrency: editors send the version they read; the trigger bumps it.
    row_version     bigint NOT NULL DEFAULT 1,
    CONSTRAINT title_source_uq UNIQUE (source, source_id),
    CONSTRAINT title_end_year_ck CHECK (end_year IS NULL OR (kind = 'series' AND end_year >= year))
);

CREATE INDEX title_year_ix ON title (year);
CREATE INDEX title_kind_year_ix ON title (kind, year DESC);

CREATE FUNCTION title_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER title_touch_trg BEFORE UPDATE ON title
    FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION title_touch();

CREATE TABLE season (
    title_id        bigint NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    number          integer NOT NULL CHECK (number BETWEEN 0 AND 1000),
    year            integer CHECK (year BETWEEN 1870 AND 2100),
    episode_count   integer CHECK (episode_count BETWEEN 1 AND 10000),
    PRIMARY KEY (title_id, number)
);

-- position keeps the source's order: the first genre is the title's main one.
CREATE TABLE title_genre (
    title_id    bigint NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    genre_id    integer NOT NULL REFERENCES genre (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (title_id, genre_id)
);

CREATE INDEX title_genre_genre_ix ON title_genre (genre_id, title_id);

-- People are matched by their folded name; two people who share a name share a row until a
-- source gives us something better to tell them apart by.
CREATE TABLE person (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_key    text NOT NULL CHECK (length(name_key) BETWEEN 1 AND 200),
    CONSTRAINT person_name_key_uq UNIQUE (name_key)
);

CREATE TABLE credit (
    title_id    bigint NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    person_id   bigint NOT NULL REFERENCES person (id),
    role        text NOT NULL CHECK (role IN ('actor', 'director', 'writer', 'creator', 'vfx_vendor')),
    character   text CHECK (length(character) BETWEEN 1 AND 200),
    PRIMARY KEY (title_id, position)
);

CREATE INDEX credit_person_ix ON credit (person_id, role);

CREATE TABLE ai_disclosure (
    title_id    bigint NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    kind        text NOT NULL CHECK (kind IN ('generative_vfx', 'de_aging', 'voice_synthesis', 'ai_imagery', 'other')),
    used_for    text NOT NULL CHECK (length(used_for) BETWEEN 1 AND 1000),
    vendor      text CHECK (length(vendor) BETWEEN 1 AND 200),
    fact_source text NOT NULL CHECK (length(fact_source) BETWEEN 1 AND 500),
    PRIMARY KEY (title_id, position)
);

CREATE INDEX ai_disclosure_kind_ix ON ai_disclosure (kind);
