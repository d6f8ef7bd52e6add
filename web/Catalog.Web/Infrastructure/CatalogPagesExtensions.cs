using Catalog.Web.Components.Pages.Home;

namespace Catalog.Web.Infrastructure;

internal static class CatalogPagesExtensions
{
    /// <summary>The Blazor pages and their settings.</summary>
    public static IHostApplicationBuilder AddCatalogPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.Configure<HomeOptions>(builder.Configuration.GetSection(HomeOptions.SectionName));
        return builder;
    }
}
