using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Catalog.Search.Embeddings;
using Catalog.Search.Evaluation;
using Catalog.Search.Lexical;
using Catalog.Search.Retrieval;
using Catalog.Search.Searching;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog bench search</c>: per-stage latency percentiles over the development queries,
/// throughput with concurrent clients, and indexing speed (lexical index build, embeddings).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(DatabaseOpener opener)
    {
        var queries = new Option<string[]>("--queries") { Description = "JSON-lines query files; their query texts are searched.", Required = true, AllowMultipleArgumentsPerToken = true };
        var rounds = new Option<int>("--rounds") { Description = "Times every query is searched for the latency figures.", DefaultValueFactory = _ => 5 };
        var warmup = new Option<int>("--warmup") { Description = "Rounds over all queries before measuring, so the JIT has tiered the hot paths up (steady state).", DefaultValueFactory = _ => 5 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients for the throughput figure.", DefaultValueFactory = _ => 4 };
        var seconds = new Option<int>("--seconds") { Description = "How long the throughput run lasts.", DefaultValueFactory = _ => 10 };
        var embedSample = new Option<int>("--embed-sample") { Description = "Titles embedded for the indexing speed (0: skip).", DefaultValueFactory = _ => 2000 };
        var search = new Command("search", "Benchmark search latency, throughput and indexing speed on the configured catalog.")
        {
            Options = { queries, rounds, warmup, clients, seconds, embedSample },
        };
        search.SetAction((parse, ct) => opener.RunAsync(parse, async database =>
        {
            var texts = EvaluationQuery.Load(parse.GetRequiredValue(queries)).Select(q => q.Query).ToList();
            using var runtime = await SearchRuntimeFactory.StartAsync(database.DataSource, CliConfiguration.Embedding(), TimeProvider.System, ct: ct);
            var documents = await new SearchDocumentLoader(database.DataSource).LoadAllAsync(ct);
            PrintIndexing(documents, runtime);
            if (runtime.Vector is { } vector)
            {
                await EmbeddingThroughputBench.RunAsync(vector.Embedder, vector.Model, documents, parse.GetValue(embedSample), rounds: 1, ct);
            }

            await RunLatencyAsync(runtime.Search, texts, parse.GetValue(warmup), parse.GetValue(rounds), ct);
            await RunThroughputAsync(runtime.Search, texts, parse.GetValue(clients), TimeSpan.FromSeconds(parse.GetValue(seconds)), ct);
            await FreshnessBench.RunAsync(database.DataSource, runtime, ct);
            return 0;
        }, ct));
        return new Command("bench", "Benchmarks.") { Subcommands = { search, EmbeddingBenchCommand.Create(opener), SpeechBenchCommand.Create() } };
    }

    private static void PrintIndexing(List<SearchDocument> documents, SearchRuntime runtime)
    {
        var started = Stopwatch.GetTimestamp();
        using (var index = new LuceneTitleIndex())
        {
            index.Upsert(documents);
        }

        var lexical = Stopwatch.GetElapsedTime(started).TotalSeconds;
        CliOutput.Info($"catalog: {documents.Count} titles; dense retrieval: {(runtime.Vector is null ? "off (no embeddings; run 'catalog reindex')" : "on")}");
        CliOutput.Info($"lexical index build: {lexical:F1} s ({documents.Count / lexical:F0} titles/s)");
    }

    private static async Task RunLatencyAsync(CatalogSearch search, List<string> texts, int warmupRounds, int rounds, CancellationToken ct)
    {
        // The first rounds run on the JIT's unoptimized tier; they are reported apart from the steady state.
        var cold = new List<double>();
        for (var round = 0; round < warmupRounds; round++)
        {
            foreach (var text in texts)
            {
                var response = await search.SearchAsync(new SearchRequest(text), ct);
                if (round == 0)
                {
                    cold.Add(response.TimingsMs["total"]);
                }
            }
        }

        if (cold.Count > 0)
        {
            cold.Sort();
            CliOutput.Info($"first round after start (JIT not yet tiered up): total p50 {F(Percentiles.Of(cold, 50))} ms, p95 {F(Percentiles.Of(cold, 95))} ms");
        }

        var stages = new Dictionary<string, List<double>>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var response = await search.SearchAsync(new SearchRequest(text), ct);
                foreach (var (stage, ms) in response.TimingsMs)
                {
                    if (!stages.TryGetValue(stage, out var values))
                    {
                        stages[stage] = values = [];
                    }

                    values.Add(ms);
                }
            }
        }

        var table = new Table().AddColumns("stage (ms)", "n", "p50", "p95", "p99");
        foreach (var (stage, values) in stages.OrderBy(s => StageOrder(s.Key)))
        {
            values.Sort();
            table.AddRow(stage, values.Count.ToString(CultureInfo.InvariantCulture), F(Percentiles.Of(values, 50)), F(Percentiles.Of(values, 95)), F(Percentiles.Of(values, 99)));
        }

        CliOutput.Info($"latency, full mode, {texts.Count} queries x {rounds} rounds after {warmupRounds} warm-up rounds, one client:");
        AnsiConsole.Write(table);
    }

    private static async Task RunThroughputAsync(CatalogSearch search, List<string> texts, int clients, TimeSpan duration, CancellationToken ct)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var done = 0;
            for (var i = client; Stopwatch.GetTimestamp() < stopAt; i++)
            {
                await search.SearchAsync(new SearchRequest(texts[i % texts.Count]), ct);
                done++;
            }

            return done;
        }, ct)));
        CliOutput.Info($"throughput: {counts.Sum() / duration.TotalSeconds:F0} searches/s with {clients} concurrent clients over {duration.TotalSeconds:F0} s");
    }

    private static int StageOrder(string stage) => Array.IndexOf(["understand", "embed", "lexical", "vector", "fuse", "hydrate", "total"], stage) is var i and >= 0 ? i : 99;

    private static string F(double value) => Percentiles.Format(value);
}
