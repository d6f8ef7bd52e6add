-- Further genre words from a generated set of spoken queries: combat films, docos, period films,
-- song-and-dance pictures, hilarious ones. Folded as 0002's; an alias already there is kept.

INSERT INTO genre_synonym (alias, genre_id)
SELECT v.alias, g.id
FROM (VALUES
    ('combat', 'War'),
    ('doco', 'Documentary'),
    ('docos', 'Documentary'),
    ('docu', 'Documentary'),
    ('docs', 'Documentary'),
    ('period', 'Historical'),
    ('song and dance', 'Musical'),
    ('hilarious', 'Comedy'),
    ('humorous', 'Comedy'),
    ('comical', 'Comedy')
) AS v (alias, genre)
JOIN genre g ON g.name = v.genre
ON CONFLICT DO NOTHING;
