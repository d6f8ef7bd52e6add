using Catalog.Search.Searching;

namespace Catalog.Search.Evaluation;

/// <summary>Runs every judged query through the search (limit 100) and averages the metrics per query kind.</summary>
public sealed class SearchEvaluator(CatalogSearch search)
{
    public const int Limit = 100;

    public async Task<EvaluationReport> RunAsync(IReadOnlyList<EvaluationQuery> queries, SearchMode mode, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var outcomes = new List<QueryOutcome>(queries.Count);
        foreach (var query in queries)
        {
            // Not logged: an evaluation run is not viewers' traffic and must not reach the analysts' query log.
            var response = await search.SearchAsync(new SearchRequest(query.Query, mode, Limit) { Logged = false }, ct);
            outcomes.Add(QueryOutcome.From(query, response));
            progress?.Report(outcomes.Count);
        }

        var kinds = outcomes
            .GroupBy(o => o.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new KindMetrics(RankingMetrics.Mean([.. g.Select(o => o.Metrics)]), g.Count()));
        return new EvaluationReport(mode, kinds, outcomes);
    }
}

public sealed record KindMetrics(RankingMetrics Metrics, int Count);

/// <param name="Queries">Every query's own outcome, in the order they were read.</param>
public sealed record EvaluationReport(SearchMode Mode, IReadOnlyDictionary<string, KindMetrics> Kinds, IReadOnlyList<QueryOutcome> Queries);
