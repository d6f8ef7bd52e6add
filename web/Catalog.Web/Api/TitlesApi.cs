using Catalog.Data.Titles;

namespace Catalog.Web.Api;

internal static class TitlesApi
{
    /// <summary><c>GET /api/titles/{id}</c>: one title with credits, seasons and AI-use disclosures.</summary>
    public static IEndpointRouteBuilder MapTitlesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/titles/{id:long}", async (long id, TitleQueries queries, CancellationToken ct) =>
            await queries.GetTitleAsync(id, ct) is { } title ? Results.Ok(title) : Results.NotFound())
            .WithName("GetTitle");
        return endpoints;
    }
}
