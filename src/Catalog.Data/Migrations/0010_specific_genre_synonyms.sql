-- Some genre words name a kind of film within the genre rather than the genre: every heist film is a
-- crime film, but few crime films are heists. Such a word still selects its genre, and the query also
-- keeps it to rank by, so "heist movies" lists heists first rather than the best-known crime films.
-- The content team marks more as it edits the vocabulary.

ALTER TABLE genre_synonym ADD COLUMN specific boolean NOT NULL DEFAULT false;

UPDATE genre_synonym SET specific = true
WHERE alias IN (
    'gangster', 'gangsters', 'mob', 'mafia', 'heist', 'heists', 'caper',
    'sitcom', 'sitcoms', 'anime', 'docudrama', 'docuseries',
    'sword and sorcery', 'fairy tale', 'fairytale',
    'period piece', 'period drama', 'costume drama', 'courtroom', 'lawyer', 'lawyers',
    'kung fu', 'kungfu', 'karate', 'wuxia',
    'whodunit', 'whodunnit', 'detective', 'sleuth', 'neo noir', 'neonoir',
    'concert', 'concert film', 'stand up', 'standup', 'standup comedy', 'stand up comedy', 'stand up special',
    'parody', 'spoof', 'space opera', 'spaghetti western', 'space western', 'space westerns',
    'ghost', 'ghosts', 'haunted', 'high school', 'coming of age', 'comic book', 'secret agent',
    'tearjerker', 'tearjerkers', 'tear jerker', 'tear jerkers', 'weepie', 'weepies', 'melodrama', 'melodramas',
    'chick flick', 'chick flicks', 'dark comedy', 'dark comedies', 'black comedy', 'black comedies',
    'screwball', 'screwball comedy', 'screwball comedies', 'slapstick', 'farce', 'farces',
    'mockumentary', 'mockumentaries', 'creature feature', 'creature features',
    'psychological thriller', 'psychological thrillers',
    'sword and sandal', 'sword and sandals', 'swords and sandals', 'peplum'
);
