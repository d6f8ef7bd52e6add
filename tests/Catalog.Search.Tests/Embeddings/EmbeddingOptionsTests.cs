using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class EmbeddingOptionsTests
{
    [Fact]
    public void Defaults_are_arctic_in_int8_256_tokens_on_the_cpu_batch_size_by_device_run_one_per_core()
    {
        var options = new EmbeddingOptions();

        Assert.Equal("Embedding", EmbeddingOptions.SectionName);
        Assert.Equal(SentenceModelKind.ArcticXs, options.Model);
        Assert.Equal(EmbeddingPrecision.Int8, options.Precision);
        Assert.Equal(256, options.MaxTokens);
        Assert.Equal(0, options.BatchSize);
        Assert.Equal(1, EmbeddingOptions.DefaultCpuBatchSize);
        Assert.Equal([EmbeddingExecutionProvider.Cpu], options.ParseExecutionProviders());
        Assert.Equal(0, options.CudaDeviceId);
        Assert.Equal(0, options.IntraOpThreads);
        Assert.Equal(0, options.BulkParallelism);
        Assert.Equal(Environment.ProcessorCount, options.EffectiveBulkParallelism);
        Assert.Equal(3, new EmbeddingOptions { BulkParallelism = 3 }.EffectiveBulkParallelism);
        options.Validate();
    }

    [Theory]
    [InlineData(1, 32, 0, 0)]
    [InlineData(513, 32, 0, 0)]
    [InlineData(256, -1, 0, 0)]
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

    [Fact]
    public void Providers_are_read_in_order_case_blind_without_repeats() =>
        Assert.Equal(
            [EmbeddingExecutionProvider.Cuda, EmbeddingExecutionProvider.Cpu],
            new EmbeddingOptions { ExecutionProviders = ["cuda", " Cpu ", "CUDA"] }.ParseExecutionProviders());

    [Theory]
    [InlineData("Gpu")]
    [InlineData("1")]
    [InlineData("")]
    public void An_unknown_provider_is_refused_with_the_known_ones(string name)
    {
        var error = Assert.Throws<ArgumentException>(new EmbeddingOptions { ExecutionProviders = ["Cuda", name] }.Validate);

        Assert.Contains($"\"{name}\"", error.Message);
        Assert.Contains("Cpu, Cuda", error.Message);
    }

    [Fact]
    public void A_negative_device_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(new EmbeddingOptions { CudaDeviceId = -1 }.Validate);
}
