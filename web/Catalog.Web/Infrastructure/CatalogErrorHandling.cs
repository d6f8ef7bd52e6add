namespace Catalog.Web.Infrastructure;

internal static class CatalogErrorHandling
{
    /// <summary>
    /// Errors in the shape the caller reads: problem documents (JSON) under <c>/api</c>, the site's
    /// error and not-found pages everywhere else.
    /// </summary>
    public static WebApplication UseCatalogErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // Inside the site's handlers: an API failure is answered here first, with a problem
        // document, so the outer handlers find a response already written and leave it.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
