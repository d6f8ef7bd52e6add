using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalog.Web.Api;

internal static class CatalogApiExtensions
{
    /// <summary>JSON as the catalog codes read: "series", "de_aging", not enum numbers; errors as problem documents.</summary>
    public static IHostApplicationBuilder AddCatalogApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        return builder;
    }
}
