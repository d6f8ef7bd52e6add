using Catalog.Search.Searching;

namespace Catalog.Search.Evaluation;

/// <summary>Runs every judged query through the search (limit 100) and averages the metrics per query kind.</summary>
public sealed class SearchEvaluator(CatalogSearch search)
{
    public const int Limit = 100;

    public async Task<EvaluationReport> RunAsync(IReadOnlyList<EvaluationQuery> queries, SearchMode mode, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var perKind = new Dictionary<string, List<RankingMetrics>>(StringComparer.Ordinal);
        var done = 0;
        foreach (var query in queries)
        {
            var response = await search.SearchAsync(new SearchRequest(query.Query, mode, Limit), ct);
            var metrics = RankingMetrics.Compute(response.Results.Select(r => r.SourceId).ToList(), query.Relevant.ToHashSet(StringComparer.Ordinal));
            if (!perKind.TryGetValue(query.Kind, out var list))
            {
                perKind[query.Kind] = list = [];
            }

            list.Add(metrics);
            progress?.Report(++done);
        }

        return new EvaluationReport(
            mode,
            perKind.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => new KindMetrics(RankingMetrics.Mean(k.Value), k.Value.Count)));
    }
}

public sealed record KindMetrics(RankingMetrics Metrics, int Count);

public sealed record EvaluationReport(SearchMode Mode, IReadOnlyDictionary<string, KindMetrics> Kinds);
