using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Catalog.Search.Evaluation;
using Catalog.Search.Embeddings;
using Catalog.Search.Searching;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog eval --queries FILE... [--mode lexical|vector|hybrid|full] [--json]</c></summary>
internal static class EvalCommand
{
    public static Command Create(DatabaseOpener opener)
    {
        var queries = new Option<string[]>("--queries") { Description = "JSON-lines query files with judgments (../shared/eval/*.jsonl).", Required = true, AllowMultipleArgumentsPerToken = true };
        var mode = SearchModeOption.Create();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var perQuery = new Option<FileInfo?>("--per-query")
        {
            Description = "Also write each query's outcome (metrics, rank of the first relevant title, top 10, understood filters) to this JSON-lines file.",
        };
        var command = new Command("eval", "Measure search quality against judged queries (p10, ndcg10, mrr, hit10 per query kind).")
        {
            Options = { queries, mode, json, perQuery },
        };
        command.SetAction((parse, ct) => opener.RunAsync(parse, async database =>
        {
            var judged = EvaluationQuery.Load(parse.GetRequiredValue(queries));
            var details = parse.GetValue(perQuery);
            if (details?.Directory is { Exists: false } folder)
            {
                CliOutput.Error($"cannot write --per-query: the folder {folder.FullName} does not exist.");
                return 1;
            }

            var searchMode = SearchModeOption.Read(parse, mode);
            using var runtime = await SearchRuntimeFactory.StartAsync(database.DataSource, searchMode == SearchMode.Lexical ? null : CliConfiguration.Embedding(), TimeProvider.System, ct: ct);
            if (runtime.Vector is null && searchMode is SearchMode.Vector or SearchMode.Hybrid)
            {
                CliOutput.Error("this mode needs the vector index, which has no embeddings yet: run 'catalog reindex' first.");
                return 1;
            }

            var report = await new SearchEvaluator(runtime.Search).RunAsync(judged, searchMode, null, ct);
            if (details is not null)
            {
                await EvaluationDetailsFile.WriteAsync(details, report, ct);
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(ToJson(report));
            }
            else
            {
                PrintTable(report);
            }

            return 0;
        }, ct, quiet: parse.GetValue(json)));
        return command;
    }

    private static string ToJson(EvaluationReport report) => JsonSerializer.Serialize(new
    {
        mode = report.Mode.ToString().ToLowerInvariant(),
        kinds = report.Kinds.ToDictionary(k => k.Key, k => new
        {
            p10 = Math.Round(k.Value.Metrics.P10, 4),
            ndcg10 = Math.Round(k.Value.Metrics.Ndcg10, 4),
            mrr = Math.Round(k.Value.Metrics.Mrr, 4),
            hit10 = Math.Round(k.Value.Metrics.Hit10, 4),
            n = k.Value.Count,
        }),
    });

    private static void PrintTable(EvaluationReport report)
    {
        var table = new Table().AddColumns("kind", "n", "p10", "ndcg10", "mrr", "hit10");
        foreach (var (kind, value) in report.Kinds)
        {
            var m = value.Metrics;
            table.AddRow(kind, value.Count.ToString(CultureInfo.InvariantCulture), F(m.P10), F(m.Ndcg10), F(m.Mrr), F(m.Hit10));
        }

        CliOutput.Info($"mode: {report.Mode.ToString().ToLowerInvariant()}");
        AnsiConsole.Write(table);
        var missed = report.Queries.Where(q => q.Metrics.Hit10 == 0).Select(q => q.Id).ToList();
        if (missed.Count > 0)
        {
            CliOutput.Info($"no relevant title in the top {RankingMetrics.Cutoff} ({missed.Count}): {string.Join(", ", missed)}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
