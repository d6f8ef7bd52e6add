namespace Catalog.Search.Evaluation;

/// <summary>The metrics of ../shared/eval/README.md for one query.</summary>
public sealed record RankingMetrics(double P10, double Ndcg10, double Mrr, double Hit10)
{
    public const int Cutoff = 10;
    public const int MrrDepth = 100;

    /// <param name="ranked">Source ids of the results, best first.</param>
    public static RankingMetrics Compute(IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant)
    {
        if (relevant.Count == 0)
        {
            return new RankingMetrics(0, 0, 0, 0);
        }

        var set = relevant as IReadOnlySet<string> ?? relevant.ToHashSet(StringComparer.Ordinal);
        var top = ranked.Take(Cutoff).ToList();
        var hits = top.Count(set.Contains);
        var dcg = top.Select((id, i) => set.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(Cutoff, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
        var firstRelevant = -1;
        for (var i = 0; i < Math.Min(MrrDepth, ranked.Count); i++)
        {
            if (set.Contains(ranked[i]))
            {
                firstRelevant = i;
                break;
            }
        }

        return new RankingMetrics(
            (double)hits / Math.Min(Cutoff, relevant.Count),
            dcg / ideal,
            firstRelevant >= 0 ? 1.0 / (firstRelevant + 1) : 0,
            hits > 0 ? 1 : 0);
    }

    public static RankingMetrics Mean(IReadOnlyCollection<RankingMetrics> all) => all.Count == 0
        ? new RankingMetrics(0, 0, 0, 0)
        : new RankingMetrics(all.Average(m => m.P10), all.Average(m => m.Ndcg10), all.Average(m => m.Mrr), all.Average(m => m.Hit10));
}
