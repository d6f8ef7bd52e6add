using Catalog.Data.Titles;
using Npgsql;

namespace Catalog.Web.Infrastructure;

internal static class CatalogDatabaseExtensions
{
    /// <summary>The catalog database and the services that read it.</summary>
    public static IHostApplicationBuilder AddCatalogDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogDatabaseHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CatalogDatabaseHost>());
        builder.Services.AddSingleton<NpgsqlDataSource>(sp => sp.GetRequiredService<CatalogDatabaseHost>().DataSource);
        builder.Services.AddSingleton<TitleQueries>();
        builder.Services.AddHealthChecks()
            .AddCheck<CatalogDatabaseHealthCheck>("catalog-database", tags: [CatalogHealthChecks.ReadyTag]);
        return builder;
    }
}
