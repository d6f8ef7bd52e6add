using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class EmbeddingOptionsTests
{
    [Fact]
    public void Defaults_are_arctic_in_int8_256_tokens_batches_of_8_run_one_per_core()
    {
        var options = new EmbeddingOptions();

        Assert.Equal("Embedding", EmbeddingOptions.SectionName);
        Assert.Equal(SentenceModelKind.ArcticXs, options.Model);
        Assert.Equal(EmbeddingPrecision.Int8, options.Precision);
        Assert.Equal(256, options.MaxTokens);
        Assert.Equal(8, options.BatchSize);
        Assert.Equal(0, options.IntraOpThreads);
        Assert.Equal(0, options.BulkParallelism);
        Assert.Equal(Environment.ProcessorCount, options.EffectiveBulkParallelism);
        Assert.Equal(3, new EmbeddingOptions { BulkParallelism = 3 }.EffectiveBulkParallelism);
        options.Validate();
    }

    [Theory]
    [InlineData(1, 32, 0, 0)]
    [InlineData(513, 32, 0, 0)]
    [InlineData(256, 0, 0, 0)]
    [InlineData(256, 32, -1, 0)]
    [InlineData(256, 32, 0, -1)]
    public void Out_of_range_values_are_refused(int maxTokens, int batchSize, int threads, int parallelism)
    {
        var options = new EmbeddingOptions { MaxTokens = maxTokens, BatchSize = batchSize, IntraOpThreads = threads, BulkParallelism = parallelism };

        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }

    [Fact]
    public void Unknown_precision_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(new EmbeddingOptions { Precision = (EmbeddingPrecision)7 }.Validate);

    [Fact]
    public void Unknown_model_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(new EmbeddingOptions { Model = (SentenceModelKind)99 }.Validate);
}
