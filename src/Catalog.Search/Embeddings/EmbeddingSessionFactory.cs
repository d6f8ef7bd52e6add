using Microsoft.ML.OnnxRuntime;

namespace Catalog.Search.Embeddings;

/// <summary>
/// Opens ONNX sessions on the first execution provider of the configured order that works here.
/// A provider fails when this build's native library lacks it (the CPU package has no CUDA) or
/// when the libraries or the device it needs are missing; the next one is tried and the reason kept.
/// </summary>
internal sealed class EmbeddingSessionFactory
{
    private readonly byte[] _onnx;
    private readonly int _cudaDeviceId;

    private EmbeddingSessionFactory(byte[] onnx, int cudaDeviceId, EmbeddingExecutionProvider provider, IReadOnlyList<string> skipped)
    {
        _onnx = onnx;
        _cudaDeviceId = cudaDeviceId;
        Provider = provider;
        Skipped = skipped;
    }

    /// <summary>The provider every session of this factory runs on.</summary>
    public EmbeddingExecutionProvider Provider { get; }

    /// <summary>"Cuda: why" for each provider tried before <see cref="Provider"/>.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Opens the first session, which decides the provider for the ones after it.</summary>
    public static (EmbeddingSessionFactory Factory, InferenceSession Session) Open(
        byte[] onnx, IReadOnlyList<EmbeddingExecutionProvider> order, int cudaDeviceId, int intraOpThreads)
    {
        var skipped = new List<string>();
        foreach (var provider in order)
        {
            try
            {
                var session = CreateSession(onnx, provider, cudaDeviceId, intraOpThreads);
                return (new EmbeddingSessionFactory(onnx, cudaDeviceId, provider, skipped), session);
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException)
            {
                skipped.Add($"{provider}: {ex.Message}");
            }
        }

        throw new InvalidOperationException(
            $"No embedding execution provider could be used ({string.Join("; ", skipped)}). " +
            $"Add Cpu to {EmbeddingOptions.SectionName}:{nameof(EmbeddingOptions.ExecutionProviders)} to fall back to the CPU.");
    }

    /// <summary>Another session on the same provider, e.g. one thread per run for parallel indexing batches.</summary>
    public InferenceSession CreateSession(int intraOpThreads) => CreateSession(_onnx, Provider, _cudaDeviceId, intraOpThreads);

    private static InferenceSession CreateSession(byte[] onnx, EmbeddingExecutionProvider provider, int cudaDeviceId, int intraOpThreads)
    {
        using var sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        if (intraOpThreads > 0)
        {
            sessionOptions.IntraOpNumThreads = intraOpThreads;
        }

        // ONNX Runtime's worker threads otherwise spin for a while after each run, holding the cores
        // that the lexical stage and the vector scan of the same search need next. Measured with
        // `bench search` (docs/benchmarks.md): embed p95 19 → 10 ms, end to end p95 36–39 → 24 ms.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");

        if (provider == EmbeddingExecutionProvider.Cuda)
        {
            sessionOptions.AppendExecutionProvider_CUDA(cudaDeviceId);
        }

        return new InferenceSession(onnx, sessionOptions);
    }
}
