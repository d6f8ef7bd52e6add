namespace Catalog.Data.Titles;

/// <summary>
/// The set-based merge behind <see cref="TitleCatalogWriter"/>. Staging tables live for one
/// transaction; a title's genres, credits, seasons and disclosures are replaced only when the
/// title itself changed.
/// </summary>
internal static class TitleMergeSql
{
    public static readonly string[] CreateStaging =
    [
        """
        CREATE TEMP TABLE stage_title (
            ord int PRIMARY KEY, kind text, title text, original_title text, year int, end_year int,
            synopsis text, runtime_minutes int, maturity_rating text, countries text[], languages text[],
            image_url text, source text, source_id text, content_hash bytea) ON COMMIT DROP
        """,
        "CREATE TEMP TABLE stage_genre (ord int, position int, genre_id int) ON COMMIT DROP",
        "CREATE TEMP TABLE stage_credit (ord int, position int, name text, name_key text, role text, character text) ON COMMIT DROP",
        "CREATE TEMP TABLE stage_season (ord int, number int, year int, episode_count int) ON COMMIT DROP",
        "CREATE TEMP TABLE stage_disclosure (ord int, position int, kind text, used_for text, vendor text, fact_source text) ON COMMIT DROP",
        "CREATE TEMP TABLE stage_changed (ord int PRIMARY KEY, title_id bigint, inserted boolean) ON COMMIT DROP",
    ];

    public static readonly string[] Merge =
    [
        """
        WITH upserted AS (
            INSERT INTO title AS t (kind, title, original_title, year, end_year, synopsis, runtime_minutes,
                maturity_rating, countries, languages, image_url, source, source_id, content_hash)
            SELECT kind, title, original_title, year, end_year, synopsis, runtime_minutes,
                maturity_rating, countries, languages, image_url, source, source_id, content_hash
            FROM stage_title ORDER BY ord
            ON CONFLICT (source, source_id) DO UPDATE SET
                kind = EXCLUDED.kind, title = EXCLUDED.title, original_title = EXCLUDED.original_title,
                year = EXCLUDED.year, end_year = EXCLUDED.end_year, synopsis = EXCLUDED.synopsis,
                runtime_minutes = EXCLUDED.runtime_minutes, maturity_rating = EXCLUDED.maturity_rating,
                countries = EXCLUDED.countries, languages = EXCLUDED.languages, image_url = EXCLUDED.image_url,
                content_hash = EXCLUDED.content_hash
            WHERE t.content_hash IS DISTINCT FROM EXCLUDED.content_hash
            RETURNING t.id, t.source, t.source_id, (t.xmax = 0) AS inserted)
        INSERT INTO stage_changed (ord, title_id, inserted)
        SELECT s.ord, u.id, u.inserted FROM upserted u JOIN stage_title s ON s.source = u.source AND s.source_id = u.source_id
        """,
        "DELETE FROM title_genre WHERE title_id IN (SELECT title_id FROM stage_changed WHERE NOT inserted)",
        "DELETE FROM credit WHERE title_id IN (SELECT title_id FROM stage_changed WHERE NOT inserted)",
        "DELETE FROM season WHERE title_id IN (SELECT title_id FROM stage_changed WHERE NOT inserted)",
        "DELETE FROM ai_disclosure WHERE title_id IN (SELECT title_id FROM stage_changed WHERE NOT inserted)",
        """
        INSERT INTO person (name, name_key)
        SELECT DISTINCT ON (c.name_key) c.name, c.name_key
        FROM stage_credit c JOIN stage_changed ch ON ch.ord = c.ord
        ORDER BY c.name_key, c.ord, c.position
        ON CONFLICT (name_key) DO NOTHING
        """,
        """
        INSERT INTO credit (title_id, position, person_id, role, character)
        SELECT ch.title_id, c.position, p.id, c.role, c.character
        FROM stage_credit c
        JOIN stage_changed ch ON ch.ord = c.ord
        JOIN person p ON p.name_key = c.name_key
        """,
        """
        INSERT INTO title_genre (title_id, genre_id, position)
        SELECT ch.title_id, g.genre_id, min(g.position)
        FROM stage_genre g JOIN stage_changed ch ON ch.ord = g.ord
        GROUP BY ch.title_id, g.genre_id
        """,
        """
        INSERT INTO season (title_id, number, year, episode_count)
        SELECT ch.title_id, s.number, s.year, s.episode_count FROM stage_season s JOIN stage_changed ch ON ch.ord = s.ord
        """,
        """
        INSERT INTO ai_disclosure (title_id, position, kind, used_for, vendor, fact_source)
        SELECT ch.title_id, d.position, d.kind, d.used_for, d.vendor, d.fact_source
        FROM stage_disclosure d JOIN stage_changed ch ON ch.ord = d.ord
        """,
    ];
}
