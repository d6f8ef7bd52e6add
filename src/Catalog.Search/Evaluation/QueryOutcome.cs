using Catalog.Search.Searching;

namespace Catalog.Search.Evaluation;

/// <summary>
/// What one judged query got: its metrics, where the first relevant title came, the first results,
/// and how the query was understood, so that a miss can be traced to understanding or to ranking.
/// </summary>
/// <param name="FirstRelevantRank">1-based rank of the first relevant result within the <see cref="SearchEvaluator.Limit"/> returned; null when none came back.</param>
/// <param name="Top">Source ids of the first <see cref="RankingMetrics.Cutoff"/> results.</param>
/// <param name="Understood">The understood filters as the viewer's chips show them ("1980s", "Horror").</param>
/// <param name="Residue">The words left for ranking after understanding; empty outside full mode.</param>
public sealed record QueryOutcome(
    string Id, string Kind, string Query, RankingMetrics Metrics, int? FirstRelevantRank,
    IReadOnlyList<string> Top, IReadOnlyList<string> Understood, string Residue, IReadOnlyList<string> Relaxed)
{
    public static QueryOutcome From(EvaluationQuery query, SearchResponse response)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(response);
        var ranked = response.Results.Select(r => r.SourceId).ToList();
        var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
        var first = ranked.FindIndex(relevant.Contains);
        return new QueryOutcome(
            query.Id, query.Kind, query.Query, RankingMetrics.Compute(ranked, relevant), first < 0 ? null : first + 1,
            [.. ranked.Take(RankingMetrics.Cutoff)], [.. response.Chips.Select(c => c.Label)], response.Intent?.Residue ?? string.Empty, response.Relaxed);
    }
}
