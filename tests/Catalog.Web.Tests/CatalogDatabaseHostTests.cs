using Catalog.Testing;
using Catalog.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Web.Tests;

public sealed class CatalogDatabaseHostTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Without_postgresql_the_app_stops_with_one_line_saying_how_to_install_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"catalog-web-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalPostgres:DataDirectory"] = folder,
            ["LocalPostgres:BinDirectory"] = "/nonexistent/bin",
        }).Build();
        var lifetime = new RecordingLifetime();
        await using var host = new CatalogDatabaseHost(configuration, NullLoggerFactory.Instance, lifetime, NullLogger<CatalogDatabaseHost>.Instance);

        await host.StartAsync(TestContext.Current.CancellationToken);

        Assert.False(host.IsOpen);
        Assert.Contains("apt-get install -y postgresql", host.SetupError);
        Assert.DoesNotContain('\n', host.SetupError!);
        Assert.True(lifetime.StopRequested);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task With_a_connection_string_the_host_opens_and_migrates_that_database()
    {
        await using var db = await postgres.CreateDatabaseAsync(migrated: false);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = db.ConnectionString,
        }).Build();
        var lifetime = new RecordingLifetime();
        await using var host = new CatalogDatabaseHost(configuration, NullLoggerFactory.Instance, lifetime, NullLogger<CatalogDatabaseHost>.Instance);

        await host.StartAsync(TestContext.Current.CancellationToken);

        Assert.True(host.IsOpen);
        Assert.Null(host.SetupError);
        Assert.False(lifetime.StopRequested);
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM schema_migration") >= 2);
    }

    private sealed class RecordingLifetime : IHostApplicationLifetime
    {
        public bool StopRequested { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => StopRequested = true;
    }
}
