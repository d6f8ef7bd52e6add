using Catalog.Search.Searching;

namespace Catalog.Web.Viewer;

/// <summary>"More like this" for a title page, under the viewer's filters; the seam the row component is tested through.</summary>
public interface ISimilarTitlesSource
{
    Task<SimilarTitlesResult> FindAsync(long titleId, ViewerFilters filters, int limit, CancellationToken ct = default);
}
