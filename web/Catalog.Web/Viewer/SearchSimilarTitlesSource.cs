using Catalog.Search.Searching;
using Catalog.Web.Search;

namespace Catalog.Web.Viewer;

/// <summary>More like this from the running search: the vector index, or BM25 where a title has no vector.</summary>
internal sealed class SearchSimilarTitlesSource(SearchHost host) : ISimilarTitlesSource
{
    public Task<SimilarTitlesResult> FindAsync(long titleId, ViewerFilters filters, int limit, CancellationToken ct = default)
    {
        if (!host.IsStarted)
        {
            throw new InvalidOperationException("Search is not started yet.");
        }

        var runtime = host.Runtime;
        return runtime.Similar.FindAsync(titleId, filters.ToSearchFilter(runtime.Understanding), limit, ct);
    }
}
