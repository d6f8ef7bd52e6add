using Catalog.Core.Titles;
using Npgsql;

namespace Catalog.Data.Titles;

/// <summary>Read side of the catalog for the viewer pages.</summary>
public sealed class TitleQueries(NpgsqlDataSource dataSource)
{
    /// <summary>The columns a <see cref="TitleCard"/> is read from (table alias <c>t</c>), see <see cref="ReadCard"/>.</summary>
    public const string CardColumns =
        """
        t.id, t.title, t.year, t.kind,
        (SELECT g.name FROM title_genre tg JOIN genre g ON g.id = tg.genre_id
         WHERE tg.title_id = t.id ORDER BY tg.position LIMIT 1) AS primary_genre,
        EXISTS (SELECT 1 FROM ai_disclosure d WHERE d.title_id = t.id) AS has_ai
        """;

    /// <summary>The genres with the most titles, each with its newest titles that pass <paramref name="filter"/>; empty rows are left out.</summary>
    public async Task<IReadOnlyList<TitleRow>> GetGenreRowsAsync(int genreCount, int titlesPerRow, CardFilter? filter = null, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT top.name, top.slug, {CardColumns}
            FROM (SELECT g.id, g.name, g.slug, count(*) AS n
                  FROM title_genre tg JOIN genre g ON g.id = tg.genre_id
                  GROUP BY g.id ORDER BY n DESC, g.name LIMIT $1) AS top
            CROSS JOIN LATERAL (
                SELECT t.* FROM title_genre tg JOIN title t ON t.id = tg.title_id
                WHERE tg.genre_id = top.id AND {CardFilter.Condition(3)}
                ORDER BY t.year DESC NULLS LAST, t.id LIMIT $2) AS t
            ORDER BY top.n DESC, top.name, t.year DESC NULLS LAST, t.id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = genreCount });
        command.Parameters.Add(new NpgsqlParameter { Value = titlesPerRow });
        (filter ?? CardFilter.None).AddParameters(command.Parameters);
        return await ReadRowsAsync(command, ct);
    }

    /// <summary>One genre's row (its narrower genres included), newest first, under <paramref name="filter"/>; null for an unknown slug.</summary>
    public async Task<TitleRow?> GetGenreRowAsync(string slug, int limit, CardFilter? filter = null, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT g.name, g.slug, {CardColumns}
            FROM genre g
            LEFT JOIN LATERAL (
                SELECT t.* FROM title t
                WHERE EXISTS (SELECT 1 FROM title_genre tg WHERE tg.title_id = t.id
                              AND (tg.genre_id = g.id OR tg.genre_id IN (SELECT narrower_id FROM genre_narrower WHERE genre_id = g.id)))
                  AND {CardFilter.Condition(3)}
                ORDER BY t.year DESC NULLS LAST, t.id LIMIT $2) AS t ON true
            WHERE g.slug = $1
            ORDER BY t.year DESC NULLS LAST, t.id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = slug });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        (filter ?? CardFilter.None).AddParameters(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        TitleRow? row = null;
        while (await reader.ReadAsync(ct))
        {
            row ??= new TitleRow(reader.GetString(0), reader.GetString(1), new List<TitleCard>());
            if (!reader.IsDBNull(2))
            {
                ((List<TitleCard>)row.Titles).Add(ReadCard(reader, 2));
            }
        }

        return row;
    }

    /// <summary>Titles that disclose AI use, newest first, under <paramref name="filter"/>.</summary>
    public async Task<IReadOnlyList<TitleCard>> GetAiDisclosedAsync(int limit, CardFilter? filter = null, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {CardColumns} FROM title t
            WHERE EXISTS (SELECT 1 FROM ai_disclosure d WHERE d.title_id = t.id) AND {CardFilter.Condition(2)}
            ORDER BY t.year DESC NULLS LAST, t.title LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        (filter ?? CardFilter.None).AddParameters(command.Parameters);
        var cards = new List<TitleCard>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            cards.Add(ReadCard(reader, 0));
        }

        return cards;
    }

    /// <summary>The genres viewers can filter by: those with the most titles, by name.</summary>
    public async Task<IReadOnlyList<GenreRef>> GetGenreChoicesAsync(int limit, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT name, slug FROM (
                SELECT g.name, g.slug, count(*) AS n FROM title_genre tg JOIN genre g ON g.id = tg.genre_id
                GROUP BY g.id ORDER BY n DESC, g.name LIMIT $1) AS top
            ORDER BY name
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var genres = new List<GenreRef>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            genres.Add(new GenreRef(reader.GetString(0), reader.GetString(1)));
        }

        return genres;
    }

    private static async Task<IReadOnlyList<TitleRow>> ReadRowsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<TitleRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var name = reader.GetString(0);
            if (rows.Count == 0 || rows[^1].Heading != name)
            {
                rows.Add(new TitleRow(name, reader.GetString(1), new List<TitleCard>()));
            }

            ((List<TitleCard>)rows[^1].Titles).Add(ReadCard(reader, 2));
        }

        return rows;
    }

    public async Task<TitleDetail?> GetTitleAsync(long id, CancellationToken ct = default)
    {
        await using var batch = dataSource.CreateBatch();
        AddCommand(batch, id,
            """
            SELECT id, kind, title, original_title, year, end_year, synopsis, runtime_minutes, maturity_rating,
                   countries, languages, source, source_id, row_version
            FROM title WHERE id = $1
            """);
        AddCommand(batch, id,
            "SELECT g.name, g.slug FROM title_genre tg JOIN genre g ON g.id = tg.genre_id WHERE tg.title_id = $1 ORDER BY tg.position");
        AddCommand(batch, id,
            "SELECT p.id, p.name, c.role, c.character FROM credit c JOIN person p ON p.id = c.person_id WHERE c.title_id = $1 ORDER BY c.position");
        AddCommand(batch, id, "SELECT number, year, episode_count FROM season WHERE title_id = $1 ORDER BY number");
        AddCommand(batch, id, "SELECT kind, used_for, vendor, fact_source FROM ai_disclosure WHERE title_id = $1 ORDER BY position");

        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var detail = new TitleDetail
        {
            Id = reader.GetInt64(0),
            Kind = CatalogCodes.ParseTitleKind(reader.GetString(1)),
            Title = reader.GetString(2),
            OriginalTitle = reader.IsDBNull(3) ? null : reader.GetString(3),
            Year = reader.IsDBNull(4) ? null : reader.GetInt32(4),
            EndYear = reader.IsDBNull(5) ? null : reader.GetInt32(5),
            Synopsis = reader.IsDBNull(6) ? null : reader.GetString(6),
            RuntimeMinutes = reader.IsDBNull(7) ? null : reader.GetInt32(7),
            MaturityRating = reader.IsDBNull(8) ? null : reader.GetString(8),
            Countries = reader.GetFieldValue<string[]>(9),
            Languages = reader.GetFieldValue<string[]>(10),
            Source = reader.GetString(11),
            SourceId = reader.GetString(12),
            RowVersion = reader.GetInt64(13),
        };

        var genres = await ReadAllAsync(reader, r => new GenreRef(r.GetString(0), r.GetString(1)), ct);
        var credits = await ReadAllAsync(reader, r => new CreditView(
            r.GetInt64(0), r.GetString(1), CatalogCodes.ParseCreditRole(r.GetString(2)), r.IsDBNull(3) ? null : r.GetString(3)), ct);
        var seasons = await ReadAllAsync(reader, r => new SeasonRecord(
            r.GetInt32(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.IsDBNull(2) ? null : r.GetInt32(2)), ct);
        var disclosures = await ReadAllAsync(reader, r => new AiDisclosureRecord(
            CatalogCodes.ParseAiUseKind(r.GetString(0)), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3)), ct);
        return detail with { Genres = genres, Credits = credits, Seasons = seasons, AiDisclosures = disclosures };
    }

    private static void AddCommand(NpgsqlBatch batch, long id, string sql) =>
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql) { Parameters = { new() { Value = id } } });

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        var items = new List<T>();
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(read(reader));
        }

        return items;
    }

    public static TitleCard ReadCard(NpgsqlDataReader reader, int offset) => new(
        reader.GetInt64(offset),
        reader.GetString(offset + 1),
        reader.IsDBNull(offset + 2) ? null : reader.GetInt32(offset + 2),
        CatalogCodes.ParseTitleKind(reader.GetString(offset + 3)),
        reader.IsDBNull(offset + 4) ? null : reader.GetString(offset + 4),
        reader.GetBoolean(offset + 5));
}
