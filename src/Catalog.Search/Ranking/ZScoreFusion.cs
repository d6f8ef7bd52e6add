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
        var fused = new FusedScores();
        foreach (var ranking in rankings.Where(r => r.Count > 0))
        {
            var mean = ranking.Average(r => r.Score);
            var deviation = Math.Sqrt(ranking.Average(r => (r.Score - mean) * (r.Score - mean)));
            foreach (var item in ranking)
            {
                fused.Add(item, deviation > 0 ? (item.Score - mean) / deviation : 0);
            }
        }

        return fused.Ranked();
    }
}
