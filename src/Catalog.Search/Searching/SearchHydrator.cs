using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Npgsql;

namespace Catalog.Search.Searching;

/// <summary>Turns ranked title ids into results from PostgreSQL, in rank order.</summary>
public sealed class SearchHydrator(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<SearchResult>> HydrateAsync(IReadOnlyList<ScoredTitle> ranked, CancellationToken ct)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand(
            """
            SELECT t.id, t.title, t.year, t.kind,
                   (SELECT g.name FROM title_genre tg JOIN genre g ON g.id = tg.genre_id WHERE tg.title_id = t.id ORDER BY tg.position LIMIT 1),
                   EXISTS (SELECT 1 FROM ai_disclosure d WHERE d.title_id = t.id), t.source, t.source_id
            FROM title t WHERE t.id = ANY($1)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = ranked.Select(r => r.TitleId).ToArray() });
        var byId = new Dictionary<long, SearchResult>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt64(0);
                byId[id] = new SearchResult(
                    id, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), CatalogCodes.ParseTitleKind(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetBoolean(5), reader.GetString(6), reader.GetString(7), 0);
            }
        }

        // A title deleted since it was indexed simply drops out.
        return ranked.Where(r => byId.ContainsKey(r.TitleId)).Select(r => byId[r.TitleId] with { Score = r.Score }).ToList();
    }
}
