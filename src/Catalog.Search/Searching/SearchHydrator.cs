using Catalog.Data.Titles;
using Catalog.Search.Lexical;
using Catalog.Search.Retrieval;
using Npgsql;

namespace Catalog.Search.Searching;

/// <summary>
/// Turns ranked title ids into results from PostgreSQL, in rank order, each quoting the passage
/// of its synopsis that matched (<see cref="SearchResult.Passage"/>): the one dense retrieval
/// scored it by, else the one holding most of the query's distinctive words.
/// </summary>
public sealed class SearchHydrator(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<SearchResult>> HydrateAsync(IReadOnlyList<ScoredTitle> ranked, DistinctiveWords words, CancellationToken ct)
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
                var quote = Quote(reader.IsDBNull(8) ? null : reader.GetString(8), passages.TryGetValue(card.Id, out var dense) ? dense : null, words);
                byId[card.Id] = new SearchResult(
                    card.Id, card.Title, card.Year, card.Kind, card.PrimaryGenre, card.HasAiDisclosure, reader.GetString(6), reader.GetString(7), 0)
                {
                    Passage = quote,
                    PassageHighlights = quote is null ? [] : words.Highlights(quote),
                };
            }
        }

        // A title deleted since it was indexed simply drops out.
        return ranked.Where(r => byId.ContainsKey(r.TitleId)).Select(r => byId[r.TitleId] with { Score = r.Score }).ToList();
    }

    /// <summary>The passage dense retrieval matched, else the one with most of the query's words; the synopsis is split only when one may be quoted.</summary>
    private static string? Quote(string? synopsis, int? dense, DistinctiveWords words)
    {
        if (dense is null && words.IsEmpty)
        {
            return null;
        }

        var stories = EmbeddingPassages.Stories(synopsis);
        return (dense ?? words.BestPassage(stories)) is { } chosen && chosen < stories.Count ? stories[chosen] : null;
    }
}
