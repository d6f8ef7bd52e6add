using Catalog.Search.Searching;
using Catalog.Web.Viewer;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Search;

internal static class SearchApi
{
    /// <summary>
    /// <c>GET /api/search?q=...&amp;mode=full&amp;limit=24&amp;without=years</c>: results, the understood
    /// intent and its chips, any loosened filters, and per-stage timings. The viewer filters stored in
    /// the caller's cookie (<see cref="ViewerFiltersCookie"/>) apply, as on the page.
    /// </summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", async (string? q, string? mode, int? limit, string[]? without, HttpContext context, SearchHost host, IOptions<SearchOptions> options, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Results.Problem("Give the search words in 'q'.", statusCode: StatusCodes.Status400BadRequest);
            }

            if (q.Length > 500)
            {
                return Results.Problem("A search is at most 500 characters.", statusCode: StatusCodes.Status400BadRequest);
            }

            var searchMode = SearchMode.Full;
            if (mode is not null && !Enum.TryParse(mode, ignoreCase: true, out searchMode))
            {
                return Results.Problem("'mode' is one of lexical, vector, hybrid, full.", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!host.IsStarted)
            {
                return Results.Problem("Search is starting; try again in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (searchMode is SearchMode.Vector or SearchMode.Hybrid && !host.Search.HasVector)
            {
                return Results.Problem("This mode needs stored title embeddings: run 'catalog reindex'.", statusCode: StatusCodes.Status400BadRequest);
            }

            var request = new SearchRequest(q.Trim(), searchMode, Math.Clamp(limit ?? options.Value.DefaultLimit, 1, options.Value.MaxLimit))
            {
                RemovedChips = without ?? [],
                ViewerFilter = ViewerFiltersCookie.Read(context).ToSearchFilter(host.Runtime.Understanding),
            };
            return Results.Ok(await host.Search.SearchAsync(request, ct));
        }).WithName("Search");
        return endpoints;
    }
}
