-- Every search, typed or spoken: what was asked, how it was understood, what came back and how
-- long each stage took. Written in batches from an in-memory queue, so searches never wait on it.

CREATE TABLE query_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    source          text NOT NULL CHECK (source IN ('text', 'voice')),
    mode            text NOT NULL,
    raw_text        text NOT NULL CHECK (length(raw_text) <= 2000),
    intent          jsonb,
    filters         jsonb NOT NULL,
    relaxed         text[] NOT NULL DEFAULT '{}',
    result_count    integer NOT NULL CHECK (result_count >= 0),
    first_results   bigint[] NOT NULL DEFAULT '{}',
    timings_ms      jsonb NOT NULL
);

CREATE INDEX query_log_at_ix ON query_log (at);
CREATE INDEX query_log_zero_results_ix ON query_log (at) WHERE result_count = 0;
