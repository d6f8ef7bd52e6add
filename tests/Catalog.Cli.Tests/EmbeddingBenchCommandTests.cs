using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary><c>catalog bench embed</c>: titles saved for a machine without the database, embedded passage by passage, and bad input refused.</summary>
public sealed class EmbeddingBenchCommandTests(PostgresFixture postgres) : IAsyncDisposable
{
    // Heat's lead is two sentences of 40 words, over the 60-word passage limit, so it embeds as two passages; Tron's is one.
    private const string Films =
        """
        [
          {"title": "Heat", "year": 1995, "cast": ["Al Pacino"], "genres": ["Crime"], "href": "Heat_(1995_film)",
           "extract": "Heat is a 1995 American crime film written and directed by Michael Mann about a veteran detective of the Los Angeles police who hunts a crew of professional bank robbers led by a careful thief through the streets of the city at night. The detective and the thief meet once over coffee in a diner and agree that neither will step back from the chase even if it costs either of them the woman he loves and everything else."},
          {"title": "Tron", "year": 1982, "cast": ["Jeff Bridges"], "genres": ["Science Fiction"], "href": "Tron",
           "extract": "A programmer is pulled inside a computer."}
        ]
        """;

    private readonly ImportedCatalogs _catalogs = new(postgres);

    private TempFolder Files => _catalogs.Files;

    [Fact]
    public async Task Saved_titles_embed_without_the_database_passage_by_passage_and_agree_with_the_cpu()
    {
        var connection = await ImportAsync();
        var saved = Path.Combine(Files.Path, "titles.jsonl");

        var save = await CatalogTool.RunAsync(null, "bench", "embed", "--save-documents", saved, "--connection", connection);
        var bench = await CatalogTool.RunAsync(null, "bench", "embed", "--documents", saved, "--sample", "0", "--rounds", "2", "--compare-cpu", "3");

        Assert.Equal(0, save.ExitCode);
        var lines = File.ReadAllLines(saved).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Heat", "Tron"], lines.Select(l => l.GetProperty("title").GetString()).Order());
        Assert.All(lines, l => Assert.Contains(l.GetProperty("year").GetInt32(), new[] { 1995, 1982 }));
        Assert.False(File.Exists(saved + ".partial"));

        Assert.Equal(0, bench.ExitCode);
        Assert.Contains("2 titles (3 passages)", bench.Output);
        Assert.Contains("[warm-up]", bench.Output);
        Assert.Contains("[round 1]", bench.Output);
        Assert.DoesNotContain("Catalog database", bench.Output);
        Assert.Contains("3 passages in batches of 1 against 1): cosine lowest 1.000000", bench.Output);
    }

    [Fact]
    public async Task A_bad_titles_file_or_option_is_refused_with_a_reason()
    {
        var good = """{"titleId": 1, "kind": "Movie", "title": "Tron", "year": 1982, "synopsis": "A programmer is pulled inside a computer."}""";
        var broken = Files.Write("broken.jsonl", good + "\n{\"title\": 7,\n");

        var malformed = await CatalogTool.RunAsync(null, "bench", "embed", "--documents", broken);
        var missing = await CatalogTool.RunAsync(null, "bench", "embed", "--documents", Path.Combine(Files.Path, "absent.jsonl"));
        var noRounds = await CatalogTool.RunAsync(null, "bench", "embed", "--documents", Files.Write("good.jsonl", good), "--rounds", "0");

        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("broken.jsonl, line 2: not a search document", malformed.Output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("absent.jsonl", missing.Output);
        Assert.Equal(2, noRounds.ExitCode);
        Assert.Contains("--rounds must be at least 1", noRounds.Output);
        Assert.DoesNotContain("titles/s", malformed.Output + missing.Output + noRounds.Output);
    }

    [Fact]
    public async Task A_gpu_provider_that_cannot_load_stops_the_bench_with_the_reason()
    {
        var titles = Files.Write("t.jsonl", """{"titleId": 1, "kind": "Movie", "title": "Tron", "synopsis": "A programmer is pulled inside a computer."}""");

        // This machine has no GPU (and the default build no CUDA provider), so naming Cuda alone must fail, not fall back.
        var result = await CatalogTool.RunAsync(
            new Dictionary<string, string> { ["Embedding__ExecutionProviders__0"] = "Cuda" }, "bench", "embed", "--documents", titles);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("No embedding execution provider could be used (Cuda:", result.Output);
        Assert.DoesNotContain("titles/s", result.Output);
    }

    private Task<string> ImportAsync() => _catalogs.ImportAsync(Films);

    public ValueTask DisposeAsync() => _catalogs.DisposeAsync();
}
