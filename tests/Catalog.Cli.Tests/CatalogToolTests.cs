using Catalog.Testing;

namespace Catalog.Cli.Tests;

public sealed class CatalogToolTests(PostgresFixture postgres) : IDisposable
{
    private const string Films =
        """
        [
          {"title": "Heat", "year": 1995, "cast": ["Al Pacino"], "genres": ["Crime"], "href": "Heat_(1995_film)"},
          {"title": "Tron", "year": 1982, "cast": ["Jeff Bridges"], "genres": ["Science Fiction"], "href": "Tron"}
        ]
        """;

    private readonly TempFolder _files = new();

    [Fact]
    public async Task Import_prints_a_report_and_a_second_run_finds_everything_unchanged()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("movies.json", Films);

        var first = await CatalogTool.RunAsync(null, "import", "wikipedia", file, "--connection", db.ConnectionString);
        var second = await CatalogTool.RunAsync(null, "import", "wikipedia", file, "--connection", db.ConnectionString);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"inserted\s*│\s*2 │", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"unchanged\s*│\s*2 │", second.Output);
        Assert.Matches(@"inserted\s*│\s*0 │", second.Output);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM title"));
    }

    [Fact]
    public async Task A_malformed_file_fails_the_command_and_names_the_file_and_record()
    {
        await using var db = await postgres.CreateDatabaseAsync();
        var file = _files.Write("bad.json", """[{"title": "Tron", "year": "1982"}]""");

        var result = await CatalogTool.RunAsync(null, "import", "wikipedia", file, "--connection", db.ConnectionString);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not imported: bad.json, record 1 (\"Tron\"): 'year' has the wrong type", result.Output);
        Assert.Contains("nothing from this file was written", result.Output);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM title"));
    }

    [Fact]
    public async Task A_missing_path_is_reported_without_touching_the_database()
    {
        await using var db = await postgres.CreateDatabaseAsync();

        var result = await CatalogTool.RunAsync(null, "import", "seed", Path.Combine(_files.Path, "absent.json"), "--connection", db.ConnectionString);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("absent.json does not exist", result.Output);
    }

    [Fact]
    public async Task Without_a_connection_string_the_tool_starts_and_stops_its_own_cluster()
    {
        var folder = Path.Combine(_files.Path, "pg");
        var environment = new Dictionary<string, string> { ["LocalPostgres__DataDirectory"] = folder };
        var file = _files.Write("movies.json", Films);

        var import = await CatalogTool.RunAsync(environment, "import", "wikipedia", file);
        var stats = await CatalogTool.RunAsync(environment, "stats");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"private PostgreSQL cluster in {folder}", import.Output);
        Assert.Equal(0, stats.ExitCode);
        Assert.Matches(@"wikipedia\s*│\s*movie\s*│\s*2", stats.Output);
        Assert.False(File.Exists(Path.Combine(folder, "postmaster.pid")), "the cluster was left running");
    }

    [Fact]
    public async Task Without_postgresql_installed_the_tool_says_in_one_line_how_to_install_it()
    {
        var environment = new Dictionary<string, string>
        {
            ["LocalPostgres__DataDirectory"] = Path.Combine(_files.Path, "pg"),
            ["LocalPostgres__BinDirectory"] = "/nonexistent/bin",
        };

        var result = await CatalogTool.RunAsync(environment, "migrate");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("apt-get install -y postgresql", line);
    }

    public void Dispose() => _files.Dispose();
}
