-- Subjects that almost always mean one genre in this catalog (of the Wikipedia plots that mention
-- zombies, 94 % are labeled horror; vampires and werewolves 83-84 %; ninjas martial arts), the
-- named wars (war films, whose name also ranks: "world war two movies" keeps "world war two"), and
-- the longer ways of saying "a true story". Subjects whose films spread over many labels (boxing
-- 36 %, baseball 64 %, the police 33 %) are left to the text. Folded as 0002's; specific as 0010's.

INSERT INTO genre_synonym (alias, genre_id, specific)
SELECT v.alias, g.id, v.specific
FROM (VALUES
    ('zombie', 'Horror', true),
    ('zombies', 'Horror', true),
    ('vampire', 'Horror', true),
    ('vampires', 'Horror', true),
    ('werewolf', 'Horror', true),
    ('werewolves', 'Horror', true),
    ('ninja', 'Martial Arts', true),
    ('ninjas', 'Martial Arts', true),
    ('world war ii', 'War', true),
    ('world war two', 'War', true),
    ('world war 2', 'War', true),
    ('world war i', 'War', true),
    ('world war one', 'War', true),
    ('world war 1', 'War', true),
    ('second world war', 'War', true),
    ('first world war', 'War', true),
    ('the great war', 'War', true),
    ('wwii', 'War', true),
    ('ww2', 'War', true),
    ('wwi', 'War', true),
    ('ww1', 'War', true),
    ('civil war', 'War', true),
    ('vietnam war', 'War', true),
    ('korean war', 'War', true),
    ('gulf war', 'War', true),
    ('iraq war', 'War', true),
    ('revolutionary war', 'War', true),
    ('based on a true story', 'Biography', false),
    ('based on true events', 'Biography', false),
    ('based on real events', 'Biography', false),
    ('based on a real story', 'Biography', false),
    ('true stories', 'Biography', false),
    ('real life story', 'Biography', false)
) AS v (alias, genre, specific)
JOIN genre g ON g.name = v.genre
ON CONFLICT DO NOTHING;
