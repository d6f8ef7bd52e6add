using Catalog.Data.Titles;
using Catalog.Search.Retrieval;
using Npgsql;

namespace Catalog.Search.Searching;

/// <summary>
/// Turns ranked title ids into results from PostgreSQL, in rank order, each with the words of its
/// synopsis that a dense search matched (<see cref="SearchResult.Passage"/>).
/// </summary>
public sealed class SearchHydrator(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<SearchResult>> HydrateAsync(IReadOnlyList<ScoredTitle> ranked, CancellationToken ct)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand(
            $"SELECT {TitleQueries.CardColumns}, t.source, t.source_id, t.synopsis FROM title t WHERE t.id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ranked.Select(r => r.TitleId).ToArray() });
        var passages = ranked.Where(r => r.Passage is not null).DistinctBy(r => r.TitleId).ToDictionary(r => r.TitleId, r => r.Passage!.Value);
        var byId = new Dictionary<long, SearchResult>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var card = TitleQueries.ReadCard(reader, 0);
                byId[card.Id] = new SearchResult(
                    card.Id, card.Title, card.Year, card.Kind, card.PrimaryGenre, card.HasAiDisclosure, reader.GetString(6), reader.GetString(7), 0)
                {
                    Passage = passages.TryGetValue(card.Id, out var passage)
                        ? EmbeddingPassages.Story(reader.IsDBNull(8) ? null : reader.GetString(8), passage)
                        : null,
                };
            }
        }

        // A title deleted since it was indexed simply drops out.
        return ranked.Where(r => byId.ContainsKey(r.TitleId)).Select(r => byId[r.TitleId] with { Score = r.Score }).ToList();
    }
}
