using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Catalog.Web.Infrastructure;

internal static class CatalogHealthChecks
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// <c>/health/live</c>: the process serves requests (no dependencies checked).
    /// <c>/health/ready</c>: it can serve the catalog (the database answers).
    /// </summary>
    public static IEndpointRouteBuilder MapCatalogHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
