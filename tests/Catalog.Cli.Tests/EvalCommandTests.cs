using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary><c>catalog eval</c>, the command the search is judged by: its JSON contract and the per-query file.</summary>
public sealed class EvalCommandTests(PostgresFixture postgres) : IAsyncDisposable
{
    private const string Films =
        """
        [
          {"title": "Heat", "year": 1995, "cast": ["Al Pacino"], "genres": ["Crime"], "href": "Heat_(1995_film)",
           "extract": "A detective chases a crew of bank robbers through Los Angeles."},
          {"title": "Tron", "year": 1982, "cast": ["Jeff Bridges"], "genres": ["Science Fiction"], "href": "Tron",
           "extract": "A programmer is pulled inside a computer."}
        ]
        """;

    // Found first; not found at all; an attribute query with one of its two relevant titles in the catalog.
    private const string Queries =
        """
        {"id": "k1", "kind": "known_item", "query": "detective chasing bank robbers", "relevant": ["Heat_(1995_film)"]}
        {"id": "k2", "kind": "known_item", "query": "zebra quartz", "relevant": ["Tron"]}

        {"id": "a1", "kind": "attribute", "query": "science fiction", "relevant": ["Tron", "Not_In_The_Catalog"], "constraints": {"genres_any_of_each": [["Science Fiction"]]}}
        """;

    private readonly ImportedCatalogs _catalogs = new(postgres);

    private TempFolder Files => _catalogs.Files;

    [Fact]
    public async Task Json_output_holds_each_kinds_metrics_as_the_eval_readme_defines_them()
    {
        var connection = await ImportAsync();

        var result = await CatalogTool.RunAsync(null, "eval", "--queries", Files.Write("q.jsonl", Queries), "--mode", "lexical", "--json", "--connection", connection);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output.Trim().Split('\n')[^1]);
        Assert.Equal("lexical", json.RootElement.GetProperty("mode").GetString());
        var known = json.RootElement.GetProperty("kinds").GetProperty("known_item");
        Assert.Equal(2, known.GetProperty("n").GetInt32());
        foreach (var metric in new[] { "p10", "ndcg10", "mrr", "hit10" })
        {
            Assert.Equal(0.5, known.GetProperty(metric).GetDouble(), 4);
        }

        var attribute = json.RootElement.GetProperty("kinds").GetProperty("attribute");
        // One of two relevant titles, at rank 1: p10 1/2, nDCG 1 / (1 + 1/log2 3).
        Assert.Equal(0.5, attribute.GetProperty("p10").GetDouble(), 4);
        Assert.Equal(1 / (1 + 1 / Math.Log2(3)), attribute.GetProperty("ndcg10").GetDouble(), 4);
        Assert.Equal(1.0, attribute.GetProperty("mrr").GetDouble(), 4);
        Assert.Equal(1.0, attribute.GetProperty("hit10").GetDouble(), 4);
    }

    [Fact]
    public async Task The_per_query_file_traces_each_query_to_its_rank_and_understanding()
    {
        var connection = await ImportAsync();
        var details = Path.Combine(Files.Path, "details.jsonl");

        var result = await CatalogTool.RunAsync(null, "eval", "--queries", Files.Write("q.jsonl", Queries), "--mode", "full", "--per-query", details, "--connection", connection);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no relevant title in the top 10 (1): k2", result.Output);
        var lines = File.ReadAllLines(details).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["k1", "k2", "a1"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(1, lines[0].GetProperty("first_relevant_rank").GetInt32());
        Assert.Equal("Heat_(1995_film)", lines[0].GetProperty("top")[0].GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("first_relevant_rank").ValueKind);
        Assert.Equal(0.0, lines[1].GetProperty("hit10").GetDouble());
        // Full mode read "science fiction" as the genre filter, which is what the chip shows.
        Assert.Equal(["Science Fiction"], lines[2].GetProperty("understood").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("full", lines[2].GetProperty("mode").GetString());
        Assert.False(File.Exists(details + ".partial"));
    }

    [Fact]
    public async Task A_bad_queries_file_or_details_folder_is_refused_before_anything_runs()
    {
        var connection = await ImportAsync();
        var queries = Files.Write("q.jsonl", Queries);

        var malformed = await CatalogTool.RunAsync(null, "eval", "--queries", Files.Write("bad.jsonl", "{\"id\": \"x\", \"kind\": \"known_item\"}"), "--connection", connection);
        var nowhere = await CatalogTool.RunAsync(null, "eval", "--queries", queries, "--per-query", Path.Combine(Files.Path, "absent", "d.jsonl"), "--connection", connection);

        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("bad.jsonl, line 1", malformed.Output);
        Assert.Equal(1, nowhere.ExitCode);
        Assert.Contains("cannot write --per-query", nowhere.Output);
        Assert.DoesNotContain("mode:", nowhere.Output);
    }

    private Task<string> ImportAsync() => _catalogs.ImportAsync(Films);

    public ValueTask DisposeAsync() => _catalogs.DisposeAsync();
}
