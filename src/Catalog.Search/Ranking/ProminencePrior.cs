using System.Collections.Concurrent;
using Catalog.Search.Retrieval;

namespace Catalog.Search.Ranking;

/// <summary>
/// Each title's <see cref="SearchDocument.Prominence"/>, kept in step with the indexes, added to
/// fused scores as a prior: the relevance signals decide, and between titles they score about
/// the same the better-known one comes first (as Algolia's custom ranking breaks textual ties).
/// </summary>
public sealed class ProminencePrior
{
    private readonly ConcurrentDictionary<long, double> _prominence = new();

    public int Count => _prominence.Count;

    public double Of(long titleId) => _prominence.GetValueOrDefault(titleId);

    public void Apply(IEnumerable<SearchDocument> upserts, IEnumerable<long> deletes)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        foreach (var document in upserts)
        {
            _prominence[document.TitleId] = document.Prominence;
        }

        foreach (var id in deletes)
        {
            _prominence.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// Adds <paramref name="weight"/> × prominence to each score and re-sorts; equal scores keep their
    /// order. Fused scores are sums of standard scores, so the weight is in standard deviations.
    /// </summary>
    public IReadOnlyList<ScoredTitle> Rerank(IReadOnlyList<ScoredTitle> ranked, double weight)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        return weight == 0 || ranked.Count < 2
            ? ranked
            : ranked.Select(r => r with { Score = r.Score + weight * Of(r.TitleId) }).OrderByDescending(r => r.Score).ToList();
    }
}
