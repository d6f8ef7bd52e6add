-- Slang that the vocabulary lacked: a dramedy is a comedy-drama, an oater or a horse opera a western, a chiller a
-- horror film ("chillers" had been read as the surname Childers, one letter off). A legal, period or
-- costume drama is a drama too, as a crime drama is (0002 gave them only their first genre). Folded
-- as 0002's; specific as 0010's.

INSERT INTO genre_synonym (alias, genre_id, specific)
SELECT v.alias, g.id, v.specific
FROM (VALUES
    ('dramedy', 'Comedy', false),
    ('dramedy', 'Drama', false),
    ('dramedies', 'Comedy', false),
    ('dramedies', 'Drama', false),
    ('oater', 'Western', false),
    ('oaters', 'Western', false),
    ('horse opera', 'Western', false),
    ('horse operas', 'Western', false),
    ('chiller', 'Horror', false),
    ('chillers', 'Horror', false),
    ('spine chiller', 'Horror', false),
    ('spine chillers', 'Horror', false),
    ('frightfest', 'Horror', false),
    ('frightfests', 'Horror', false),
    ('capers', 'Crime', true),
    ('legal drama', 'Drama', false),
    ('period drama', 'Drama', true),
    ('costume drama', 'Drama', true)
) AS v (alias, genre, specific)
JOIN genre g ON g.name = v.genre
ON CONFLICT DO NOTHING;
