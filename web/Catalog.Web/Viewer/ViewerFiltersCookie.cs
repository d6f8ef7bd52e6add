namespace Catalog.Web.Viewer;

/// <summary>Where a browser keeps its viewer filters: a first-party cookie for a year, read by the server so the first render is already filtered.</summary>
public static class ViewerFiltersCookie
{
    public const string Name = "catalog-filters";

    public static ViewerFilters Read(HttpContext? context) =>
        context is not null && context.Request.Cookies.TryGetValue(Name, out var stored) ? ViewerFilters.Parse(stored) : ViewerFilters.None;

    public static void Write(HttpResponse response, ViewerFilters filters)
    {
        if (filters.IsEmpty)
        {
            response.Cookies.Delete(Name, new CookieOptions { Path = "/" });
            return;
        }

        response.Cookies.Append(Name, filters.Format(), new CookieOptions
        {
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
    }
}
