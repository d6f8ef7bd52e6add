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
        var fused = new FusedScores();
        foreach (var (ranking, weight) in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                fused.Add(ranking[rank], weight / (k + rank + 1));
            }
        }

        return fused.Ranked();
    }
}
