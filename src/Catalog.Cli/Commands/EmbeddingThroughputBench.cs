using System.Diagnostics;
using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;
using Catalog.Search.Searching;
using Microsoft.Extensions.AI;

namespace Catalog.Cli.Commands;

/// <summary>
/// Embedding speed for indexing, on an evenly spaced sample of the catalog (so short and long plots
/// come in their real proportions), embedded the way <c>reindex</c> does: each title's passages, sorted by length, in batches.
/// </summary>
internal static class EmbeddingThroughputBench
{
    public static async Task RunAsync(SearchRuntime runtime, List<SearchDocument> documents, int sample, CancellationToken ct)
    {
        if (runtime.Vector is not { } vector || sample <= 0 || documents.Count == 0)
        {
            return;
        }

        var step = Math.Max(1, documents.Count / sample);
        var titles = documents.Where((_, i) => i % step == 0).Take(sample).ToList();
        var texts = titles.SelectMany(EmbeddingPassages.For).OrderBy(t => t.Length).ToList();
        var started = Stopwatch.GetTimestamp();
        var embeddings = await vector.Embedder.GenerateAsync(texts, EmbeddingPurpose.ForDocuments(), ct);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var tokens = embeddings.Usage?.InputTokenCount ?? 0;
        var provider = vector.Embedder.GetService<SentenceModel>()?.ExecutionProvider.ToString() ?? "external";
        CliOutput.Info(
            $"embedding ({vector.Model} on {provider}): {titles.Count} titles ({texts.Count} passages) in {seconds:F1} s " +
            $"({titles.Count / seconds:F0} titles/s, {tokens / (double)titles.Count:F0} tokens per title)");
    }
}
