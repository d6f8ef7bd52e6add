using Catalog.Search.Embeddings;
using Microsoft.Extensions.AI;

namespace Catalog.Cli.Commands;

/// <summary>
/// Whether an accelerator embeds as the CPU does: the same texts through the configured provider
/// and through the CPU with the same model and precision, compared by cosine similarity. A GPU
/// that is fast but wrong (a broken kernel, padding leaking into the pooling) shows here.
/// </summary>
internal static class EmbeddingAgreementCheck
{
    public static async Task RunAsync(OnnxSentenceEmbeddingGenerator embedder, EmbeddingOptions options, IReadOnlyList<string> texts, int count, CancellationToken ct)
    {
        if (count <= 0 || texts.Count == 0)
        {
            return;
        }

        var step = Math.Max(1, texts.Count / count);
        var chosen = texts.Where((_, i) => i % step == 0).Take(count).ToList();
        var onCpu = new EmbeddingOptions
        {
            Model = options.Model,
            Precision = options.Precision,
            MaxTokens = options.MaxTokens,
            ExecutionProviders = [nameof(EmbeddingExecutionProvider.Cpu)],
        };
        using var reference = new OnnxSentenceEmbeddingGenerator(onCpu);
        var tested = await embedder.GenerateAsync(chosen, EmbeddingPurpose.ForDocuments(), ct);
        var expected = await reference.GenerateAsync(chosen, EmbeddingPurpose.ForDocuments(), ct);
        var similarities = tested.Zip(expected, (a, b) => Cosine(a.Vector.Span, b.Vector.Span)).Order().ToList();
        CliOutput.Info(
            $"agreement with the CPU ({reference.Model.ModelId}, {chosen.Count} passages in batches of {embedder.BatchSize} against {reference.BatchSize}): " +
            $"cosine lowest {similarities[0]:F6}, median {similarities[similarities.Count / 2]:F6}");
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }

        return dot / Math.Sqrt(aa * bb);
    }
}
