-- Narrower genres: a title of a narrower genre also satisfies a filter on the broader one
-- (a slasher film is a horror film). Suspense and thriller are used interchangeably by the
-- sources, so each counts as the other.

CREATE TABLE genre_narrower (
    genre_id    integer NOT NULL REFERENCES genre (id) ON DELETE CASCADE,
    narrower_id integer NOT NULL REFERENCES genre (id) ON DELETE CASCADE,
    PRIMARY KEY (genre_id, narrower_id),
    CHECK (genre_id <> narrower_id)
);

INSERT INTO genre_narrower (genre_id, narrower_id)
SELECT broad.id, narrow.id
FROM (VALUES
    ('Horror', 'Slasher'),
    ('Thriller', 'Suspense'),
    ('Suspense', 'Thriller')
) AS v (broad_name, narrow_name)
JOIN genre broad ON broad.name = v.broad_name
JOIN genre narrow ON narrow.name = v.narrow_name;
