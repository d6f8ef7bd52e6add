using Catalog.Web.Components.Pages.Home;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Infrastructure;

internal static class CatalogPagesExtensions
{
    /// <summary>The Blazor pages and their settings.</summary>
    public static IHostApplicationBuilder AddCatalogPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddOptions<HomeOptions>().Bind(builder.Configuration.GetSection(HomeOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HomeOptions>, HomeOptionsValidator>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<HomeContentBuilder>();
        return builder;
    }
}
