namespace Catalog.Web.Viewer;

internal static class ViewerExtensions
{
    /// <summary>The viewer's own filters (cookie, filter bar, genre choices) and "more like this".</summary>
    public static IHostApplicationBuilder AddCatalogViewer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GenreChoices>();
        builder.Services.AddSingleton<ISimilarTitlesSource, SearchSimilarTitlesSource>();
        return builder;
    }
}
