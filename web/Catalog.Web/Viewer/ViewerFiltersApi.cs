using Catalog.Core.Titles;
using Catalog.Search.Understanding;
using Microsoft.AspNetCore.Antiforgery;

namespace Catalog.Web.Viewer;

internal static class ViewerFiltersApi
{
    /// <summary>
    /// <c>POST /viewer/filters</c> (the filter bar's form): stores the filters in the browser's cookie and
    /// goes back to the page. A value no form offers is refused with 400 and nothing stored.
    /// </summary>
    public static IEndpointRouteBuilder MapViewerFiltersApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/viewer/filters", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            // Checked here rather than by the framework's form binding, whose failure surfaces as an
            // exception (a 500 page) instead of a clear 400.
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem("The filter form has expired; reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
            }

            var form = ViewerFiltersForm.From(await context.Request.ReadFormAsync(context.RequestAborted));
            if (form.Read() is not { } filters)
            {
                return Results.Problem(form.Problem(), statusCode: StatusCodes.Status400BadRequest);
            }

            ViewerFiltersCookie.Write(context.Response, form.Clear == "true" ? ViewerFilters.None : filters);
            return Results.Redirect(LocalOrHome(form.ReturnUrl));
        }).WithName("SetViewerFilters").DisableAntiforgery();
        return endpoints;
    }

    /// <summary>Only a path on this site: a return address must never send the viewer elsewhere.</summary>
    internal static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}

/// <summary>The filter bar's fields; empty means "any".</summary>
internal sealed class ViewerFiltersForm
{
    public string? Decade { get; set; }
    public string? Genre { get; set; }
    public string? Kind { get; set; }
    public string? Ai { get; set; }
    public string? Clear { get; set; }
    public string? ReturnUrl { get; set; }

    public static ViewerFiltersForm From(IFormCollection form) => new()
    {
        Decade = form["decade"],
        Genre = form["genre"],
        Kind = form["kind"],
        Ai = form["ai"],
        Clear = form["clear"],
        ReturnUrl = form["returnUrl"],
    };

    public ViewerFilters? Read()
    {
        if (Problem().Length > 0)
        {
            return null;
        }

        return new ViewerFilters
        {
            Decade = ViewerFilters.TryDecade(Decade, out var decade) ? decade : null,
            Genre = ViewerFilters.TrySlug(Genre, out var slug) ? slug : null,
            Kind = ViewerFilters.TryKind(Kind, out var kind) ? kind : null,
            Ai = ViewerFilters.TryAi(Ai, out var ai) ? ai : AiUseFilter.Any,
        };
    }

    public string Problem()
    {
        var problems = new List<string>();
        if (!string.IsNullOrEmpty(Decade) && !ViewerFilters.TryDecade(Decade, out _))
        {
            problems.Add($"'decade' is a year ending in 0 from {ViewerFilters.FirstDecade}, like 1980");
        }

        if (!string.IsNullOrEmpty(Genre) && !ViewerFilters.TrySlug(Genre, out _))
        {
            problems.Add("'genre' is a genre's slug, like science-fiction");
        }

        if (!string.IsNullOrEmpty(Kind) && !ViewerFilters.TryKind(Kind, out TitleKind _))
        {
            problems.Add("'kind' is movie or series");
        }

        if (!string.IsNullOrEmpty(Ai) && !ViewerFilters.TryAi(Ai, out _))
        {
            problems.Add("'ai' is any, hide or only");
        }

        return problems.Count == 0 ? string.Empty : string.Join("; ", problems) + ".";
    }
}
