using System.Text.Json;
using Catalog.Search.Evaluation;

namespace Catalog.Cli.Commands;

/// <summary>
/// The per-query outcomes of an evaluation as JSON lines, one query per line in the order read,
/// with the same snake_case names as the judgment files. Written beside the target and moved into
/// place, so an interrupted run leaves the previous file whole rather than half a new one.
/// </summary>
internal static class EvaluationDetailsFile
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task WriteAsync(FileInfo target, EvaluationReport report, CancellationToken ct)
    {
        var partial = target.FullName + ".partial";
        try
        {
            await using (var writer = new StreamWriter(partial, append: false))
            {
                foreach (var outcome in report.Queries)
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(Line(outcome, report), Json).AsMemory(), ct);
                }
            }

            File.Move(partial, target.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static object Line(QueryOutcome outcome, EvaluationReport report) => new
    {
        outcome.Id,
        outcome.Kind,
        outcome.Query,
        Mode = report.Mode.ToString().ToLowerInvariant(),
        P10 = Math.Round(outcome.Metrics.P10, 4),
        Ndcg10 = Math.Round(outcome.Metrics.Ndcg10, 4),
        Mrr = Math.Round(outcome.Metrics.Mrr, 4),
        Hit10 = Math.Round(outcome.Metrics.Hit10, 4),
        outcome.FirstRelevantRank,
        outcome.Top,
        outcome.Understood,
        outcome.Residue,
        outcome.Relaxed,
    };
}
