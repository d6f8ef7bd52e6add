using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary>Scratch files and databases, each filled by the real <c>catalog import</c>, removed when the test ends.</summary>
internal sealed class ImportedCatalogs(PostgresFixture postgres) : IAsyncDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public TempFolder Files { get; } = new();

    /// <summary>A new database holding the films of a Wikipedia-format JSON text; returns its connection string.</summary>
    public async Task<string> ImportAsync(string films)
    {
        var db = await postgres.CreateDatabaseAsync();
        _databases.Add(db);
        var import = await CatalogTool.RunAsync(null, "import", "wikipedia", Files.Write("movies.json", films), "--connection", db.ConnectionString);
        Assert.Equal(0, import.ExitCode);
        return db.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in _databases)
        {
            await db.DisposeAsync();
        }

        Files.Dispose();
    }
}
