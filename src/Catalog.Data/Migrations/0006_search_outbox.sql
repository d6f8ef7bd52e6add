-- The search outbox: every change to a title or to what is said about it (genres, credits,
-- seasons, AI disclosures) enqueues the title's id in the same transaction, through
-- statement-level triggers, so the search indexes can never miss a committed change. The
-- indexer deletes the rows it has applied.

CREATE TABLE search_outbox (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title_id    bigint NOT NULL,
    enqueued_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION search_outbox_from_title() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_outbox (title_id) SELECT DISTINCT id FROM changed;
    RETURN NULL;
END
$$;

CREATE FUNCTION search_outbox_from_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_outbox (title_id) SELECT DISTINCT title_id FROM changed;
    RETURN NULL;
END
$$;

CREATE TRIGGER title_outbox_insert AFTER INSERT ON title REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_title();
CREATE TRIGGER title_outbox_update AFTER UPDATE ON title REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_title();
CREATE TRIGGER title_outbox_delete AFTER DELETE ON title REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_title();

CREATE TRIGGER title_genre_outbox_insert AFTER INSERT ON title_genre REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_child();
CREATE TRIGGER title_genre_outbox_delete AFTER DELETE ON title_genre REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_child();
CREATE TRIGGER credit_outbox_insert AFTER INSERT ON credit REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_child();
CREATE TRIGGER credit_outbox_delete AFTER DELETE ON credit REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_child();
CREATE TRIGGER ai_disclosure_outbox_insert AFTER INSERT ON ai_disclosure REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_child();
CREATE TRIGGER ai_disclosure_outbox_delete AFTER DELETE ON ai_disclosure REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_from_child();
