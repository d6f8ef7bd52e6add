using Catalog.Core.Text;
using Npgsql;

namespace Catalog.Search.Understanding;

/// <summary>Reads the genre vocabulary, people and titles from PostgreSQL into a <see cref="CatalogLexicon"/>.</summary>
public sealed class CatalogLexiconLoader(NpgsqlDataSource dataSource)
{
    public async Task<CatalogLexicon> LoadAsync(CancellationToken ct = default)
    {
        var aliases = await ReadAsync("SELECT alias, genre_id FROM genre_synonym UNION SELECT lower(name), id FROM genre",
            r => (TextFolding.Fold(r.GetString(0)), r.GetInt32(1)), ct);
        var genres = await ReadAsync("SELECT id, name, slug FROM genre", r => (Id: r.GetInt32(0), Name: r.GetString(1), Slug: r.GetString(2)), ct);
        var names = genres.ToDictionary(g => g.Id, g => g.Name);
        var slugs = genres.ToDictionary(g => g.Slug, g => g.Id, StringComparer.Ordinal);
        var narrower = await ReadAsync("SELECT genre_id, narrower_id FROM genre_narrower", r => (r.GetInt32(0), r.GetInt32(1)), ct);
        var specific = await ReadAsync("SELECT DISTINCT alias FROM genre_synonym WHERE specific", r => TextFolding.Fold(r.GetString(0)), ct);
        var people = await ReadAsync(
            """
            SELECT p.id, p.name, p.name_key, count(*)::int,
                   bool_or(c.role = 'actor'), bool_or(c.role IN ('director', 'creator')),
                   percentile_disc(0.05) WITHIN GROUP (ORDER BY t.year), percentile_disc(0.95) WITHIN GROUP (ORDER BY t.year)
            FROM person p JOIN credit c ON c.person_id = p.id JOIN title t ON t.id = c.title_id
            WHERE c.role <> 'vfx_vendor'
            GROUP BY p.id
            """,
            r => new PersonEntry(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetBoolean(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : r.GetInt32(6), r.IsDBNull(7) ? null : r.GetInt32(7)),
            ct);
        var titles = await ReadAsync(
            """
            SELECT t.id, t.title, t.year
            FROM title t
            ORDER BY (t.source = 'seed') DESC, (SELECT count(*) FROM credit c WHERE c.title_id = t.id) DESC, t.id
            """,
            r => (TextFolding.Fold(r.GetString(1)), new TitleRef(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2))),
            ct);
        var directors = await ReadAsync(
            "SELECT title_id, person_id FROM credit WHERE role IN ('director', 'creator')", r => (r.GetInt64(0), r.GetInt64(1)), ct);
        var synopses = await ReadAsync("SELECT synopsis FROM title WHERE synopsis IS NOT NULL", r => r.GetString(0), ct);
        return new CatalogLexicon(
            new GenreLexicon(aliases, names, narrower, slugs, specific), new PersonIndex(people), new TitleIndex(titles, directors), CommonWords.Count(synopses));
    }

    private async Task<List<T>> ReadAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
