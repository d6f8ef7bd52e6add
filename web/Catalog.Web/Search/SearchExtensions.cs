using Catalog.Search.QueryLog;

namespace Catalog.Web.Search;

internal static class SearchExtensions
{
    /// <summary>Search (started after the database) and the query log behind it.</summary>
    public static IHostApplicationBuilder AddCatalogSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SearchOptions>(builder.Configuration.GetSection(SearchOptions.SectionName));
        builder.Services.AddSingleton(new QueryLogQueue());
        builder.Services.AddSingleton<SearchHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SearchHost>());
        builder.Services.AddHostedService<QueryLogService>();
        builder.Services.AddHostedService<SearchIndexerService>();
        builder.Services.AddSingleton<PopularQueries>();
        builder.Services.AddSingleton<SearchSuggestions>();
        return builder;
    }
}
