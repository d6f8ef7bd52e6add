using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

/// <summary>
/// Provider fallback with the CPU build's ONNX Runtime, which has no CUDA provider: asking for
/// CUDA first must still start on the CPU and say why, and CUDA alone must fail rather than
/// silently run somewhere else. (The GPU build on a GPU machine would load CUDA instead.)
/// </summary>
public sealed class EmbeddingExecutionProviderTests
{
    [Fact]
    public async Task Cuda_then_cpu_falls_back_to_the_cpu_saying_why_and_still_embeds()
    {
        using var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions { ExecutionProviders = ["Cuda", "Cpu"], BulkParallelism = 2 });

        Assert.Equal(EmbeddingExecutionProvider.Cpu, generator.Model.ExecutionProvider);
        var skipped = Assert.Single(generator.Model.SkippedProviders);
        Assert.StartsWith("Cuda: ", skipped);
        Assert.Equal([$"Embedding provider skipped: {skipped}"], generator.Model.RuntimeWarnings());
        Assert.Equal(EmbeddingOptions.DefaultCpuBatchSize, generator.BatchSize);
        Assert.True(generator.Model.RunsBatchesInParallel);
        var vectors = await generator.GenerateDocumentVectorsAsync(["A deadly snowfall kills most of Buenos Aires."]);
        Assert.Equal(generator.Model.Dimension, vectors[0].Length);
    }

    [Fact]
    public void Cuda_alone_fails_at_load_naming_the_reason_and_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions { ExecutionProviders = ["Cuda"] }));

        Assert.Contains("Cuda: ", error.Message);
        Assert.Contains("Add Cpu to Embedding:ExecutionProviders", error.Message);
    }

    [Fact]
    public void The_cpu_alone_loads_with_nothing_skipped_and_a_configured_batch_size_wins()
    {
        using var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions { BatchSize = 3, BulkParallelism = 1 });

        Assert.Equal(EmbeddingExecutionProvider.Cpu, generator.Model.ExecutionProvider);
        Assert.Empty(generator.Model.SkippedProviders);
        Assert.Empty(generator.Model.RuntimeWarnings());
        Assert.Equal(3, generator.BatchSize);
        Assert.False(generator.Model.RunsBatchesInParallel);
    }
}
