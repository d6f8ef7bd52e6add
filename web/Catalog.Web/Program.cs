using Catalog.Web.Api;
using Catalog.Web.Components;
using Catalog.Web.Infrastructure;
using Catalog.Web.Search;
using Catalog.Web.Viewer;
using Catalog.Web.Voice;

var builder = WebApplication.CreateBuilder(args);

builder.AddCatalogDatabase();
builder.AddCatalogApi();
builder.AddCatalogSearch();
builder.AddCatalogVoice();
builder.AddCatalogViewer();
builder.AddCatalogPages();

var app = builder.Build();

// Open (and if need be create) the database before serving, so that a missing PostgreSQL is
// one clear line and an exit code rather than a failed host start.
if (!await app.Services.GetRequiredService<CatalogDatabaseHost>().OpenAsync(app.Lifetime.ApplicationStopping))
{
    return CatalogDatabaseHost.SetupFailedExitCode;
}

app.UseCatalogErrorHandling();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapCatalogHealthChecks();
app.MapTitlesApi();
app.MapSearchApi();
app.MapVoiceSearchApi();
app.MapViewerFiltersApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the app.</summary>
public partial class Program;
