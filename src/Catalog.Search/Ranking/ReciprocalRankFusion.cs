using Catalog.Search.Retrieval;

namespace Catalog.Search.Ranking;

/// <summary>
/// Reciprocal rank fusion: each list adds weight / (k + rank) for each title it holds, so titles
/// that several retrievers rank high win, whatever the scales of their scores.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    public static IReadOnlyList<ScoredTitle> Fuse(IReadOnlyList<(IReadOnlyList<ScoredTitle> Ranking, double Weight)> rankings, int k = DefaultK)
    {
        var scores = new Dictionary<long, double>();
        var firstSeen = new Dictionary<long, int>();
        var passages = new Dictionary<long, int>();
        var order = 0;
        foreach (var (ranking, weight) in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var id = ranking[rank].TitleId;
                scores[id] = scores.GetValueOrDefault(id) + weight / (k + rank + 1);
                firstSeen.TryAdd(id, order++);
                if (ranking[rank].Passage is { } passage)
                {
                    passages.TryAdd(id, passage);
                }
            }
        }

        return scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => firstSeen[s.Key])
            .Select(s => new ScoredTitle(s.Key, s.Value, passages.TryGetValue(s.Key, out var p) ? p : null))
            .ToList();
    }
}
