-- More words viewers use for genres: the names critics and viewers give kinds of film that the
-- Wikipedia labels do not carry (a tearjerker is a drama, a chick flick a romantic comedy). Folded
-- as 0002's. An alias the content team already added is kept as it is.

INSERT INTO genre_synonym (alias, genre_id)
SELECT v.alias, g.id
FROM (VALUES
    ('tearjerker', 'Drama'),
    ('tearjerkers', 'Drama'),
    ('tear jerker', 'Drama'),
    ('tear jerkers', 'Drama'),
    ('weepie', 'Drama'),
    ('weepies', 'Drama'),
    ('melodrama', 'Drama'),
    ('melodramas', 'Drama'),
    ('chick flick', 'Romance'),
    ('chick flick', 'Comedy'),
    ('chick flicks', 'Romance'),
    ('chick flicks', 'Comedy'),
    ('toon', 'Animated'),
    ('toons', 'Animated'),
    ('space western', 'Science Fiction'),
    ('space western', 'Western'),
    ('space westerns', 'Science Fiction'),
    ('space westerns', 'Western'),
    ('dark comedy', 'Comedy'),
    ('dark comedies', 'Comedy'),
    ('black comedy', 'Comedy'),
    ('black comedies', 'Comedy'),
    ('screwball', 'Comedy'),
    ('screwball comedy', 'Comedy'),
    ('screwball comedies', 'Comedy'),
    ('slapstick', 'Comedy'),
    ('farce', 'Comedy'),
    ('farces', 'Comedy'),
    ('mockumentary', 'Comedy'),
    ('mockumentaries', 'Comedy'),
    ('feel good', 'Comedy'),
    ('feelgood', 'Comedy'),
    ('creature feature', 'Horror'),
    ('creature features', 'Horror'),
    ('noirs', 'Noir'),
    ('psychological thriller', 'Thriller'),
    ('psychological thrillers', 'Thriller'),
    ('sword and sandal', 'Historical'),
    ('sword and sandals', 'Historical'),
    ('swords and sandals', 'Historical'),
    ('peplum', 'Historical'),
    ('for the whole family', 'Family'),
    ('standup comedy', 'Performance'),
    ('stand up comedy', 'Performance'),
    ('stand up special', 'Performance')
) AS v (alias, genre)
JOIN genre g ON g.name = v.genre
ON CONFLICT DO NOTHING;
