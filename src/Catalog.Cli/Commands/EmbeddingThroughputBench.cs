using System.Diagnostics;
using Catalog.Search.Embeddings;
using Catalog.Search.Retrieval;
using Microsoft.Extensions.AI;

namespace Catalog.Cli.Commands;

/// <summary>
/// Embedding speed for indexing, on an evenly spaced sample of the catalog (so short and long plots
/// come in their real proportions), embedded the way <c>reindex</c> does: each title's passages, sorted by length, in batches.
/// </summary>
internal static class EmbeddingThroughputBench
{
    /// <summary>Samples at or above the catalog's size embed every title. Returns the passages embedded, shortest first.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(
        IEmbeddingGenerator<string, Embedding<float>> embedder, string model, List<SearchDocument> documents, int sample, int rounds, CancellationToken ct)
    {
        if (sample <= 0 || documents.Count == 0)
        {
            return [];
        }

        var step = Math.Max(1, documents.Count / sample);
        var titles = documents.Where((_, i) => i % step == 0).Take(sample).ToList();
        var texts = titles.SelectMany(EmbeddingPassages.For).OrderBy(t => t.Length).ToList();
        var provider = embedder.GetService<SentenceModel>()?.ExecutionProvider.ToString() ?? "external";
        if (rounds > 1)
        {
            // A GPU's first runs pick kernels and grow its memory pools; the first round shows that cost.
            CliOutput.Info($"embedding ({model} on {provider}) warms up on {titles.Count} titles first; {rounds - 1} measured round(s) follow");
        }

        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            var embeddings = await embedder.GenerateAsync(texts, EmbeddingPurpose.ForDocuments(), ct);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var tokens = embeddings.Usage?.InputTokenCount ?? 0;
            var label = rounds > 1 ? (round == 0 ? " [warm-up]" : $" [round {round}]") : string.Empty;
            CliOutput.Info(
                $"embedding ({model} on {provider}){label}: {titles.Count} titles ({texts.Count} passages) in {seconds:F1} s " +
                $"({titles.Count / seconds:F0} titles/s, {texts.Count / seconds:F0} passages/s, {tokens / (double)titles.Count:F0} tokens per title)");
        }

        return texts;
    }
}
