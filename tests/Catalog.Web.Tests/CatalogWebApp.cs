using Catalog.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalog.Web.Tests;

/// <summary>The real web app, in memory, on a test database of its own.</summary>
/// <param name="settings">Extra configuration (e.g. <c>Speech:ModelPath</c>), applied after the connection string.</param>
/// <param name="configure">Service changes on top of the app's own (e.g. options no setting can express).</param>
internal sealed class CatalogWebApp(
    TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Catalog", database.ConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (configure is not null)
        {
            builder.ConfigureServices(configure);
        }
    }
}
