using Catalog.Web.Api;
using Catalog.Web.Components;
using Catalog.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddCatalogDatabase();
builder.AddCatalogApi();
builder.AddCatalogPages();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();
app.MapStaticAssets();
app.MapCatalogHealthChecks();
app.MapTitlesApi();
app.MapRazorComponents<App>();

await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app.</summary>
public partial class Program;
