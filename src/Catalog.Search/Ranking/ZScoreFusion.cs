using Catalog.Search.Retrieval;

namespace Catalog.Search.Ranking;

/// <summary>
/// Score fusion on standard scores: each retriever's scores become (score − mean) / deviation over
/// its own candidates, and a title's fused score is the sum (a list that lacks it adds nothing).
/// Unlike rank fusion it keeps how sure a retriever is: a BM25 score far above the rest stays
/// far above. Measured on the development sets against reciprocal rank fusion and min-max
/// scaling (docs/evaluation.md): the only one of the three with known-item hit10 0.80 and mrr
/// above 0.60 together.
/// </summary>
public static class ZScoreFusion
{
    public static IReadOnlyList<ScoredTitle> Fuse(IReadOnlyList<IReadOnlyList<ScoredTitle>> rankings)
    {
        var scores = new Dictionary<long, double>();
        var firstSeen = new Dictionary<long, int>();
        var passages = new Dictionary<long, int>();
        var order = 0;
        foreach (var ranking in rankings.Where(r => r.Count > 0))
        {
            var mean = ranking.Average(r => r.Score);
            var deviation = Math.Sqrt(ranking.Average(r => (r.Score - mean) * (r.Score - mean)));
            foreach (var item in ranking)
            {
                var standard = deviation > 0 ? (item.Score - mean) / deviation : 0;
                scores[item.TitleId] = scores.GetValueOrDefault(item.TitleId) + standard;
                firstSeen.TryAdd(item.TitleId, order++);
                if (item.Passage is { } passage)
                {
                    passages.TryAdd(item.TitleId, passage);
                }
            }
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => firstSeen[s.Key])
            .Select(s => new ScoredTitle(s.Key, s.Value, passages.TryGetValue(s.Key, out var p) ? p : null)).ToList();
    }
}
