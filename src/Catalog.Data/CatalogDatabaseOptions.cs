using Catalog.Data.LocalPostgres;
using Microsoft.Extensions.Configuration;

namespace Catalog.Data;

/// <summary>
/// Where the catalog lives: <c>ConnectionStrings:Catalog</c> (env <c>ConnectionStrings__Catalog</c>)
/// when set, otherwise a private cluster described by the <c>LocalPostgres</c> section.
/// </summary>
public sealed class CatalogDatabaseOptions
{
    public string? ConnectionString { get; set; }

    public LocalPostgresOptions LocalPostgres { get; set; } = new();

    public static CatalogDatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new CatalogDatabaseOptions { ConnectionString = configuration.GetConnectionString("Catalog") };
        configuration.GetSection(LocalPostgresOptions.SectionName).Bind(options.LocalPostgres);
        return options;
    }
}
