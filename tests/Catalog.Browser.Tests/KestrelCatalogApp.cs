using Catalog.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Catalog.Browser.Tests;

/// <summary>The real web app on a real loopback socket (a browser cannot reach the in-memory test server).</summary>
internal sealed class KestrelCatalogApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelCatalogApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        _database = database;
        _settings = settings;
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The address Kestrel bound, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development the framework's script and the JS modules come from the build's
        // static web assets manifest only when asked to.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Catalog", _database.ConnectionString);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
