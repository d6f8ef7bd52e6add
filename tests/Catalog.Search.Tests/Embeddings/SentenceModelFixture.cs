using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

/// <summary>
/// One loaded model per test class: a load reads ~90 MB and builds an ONNX session. Batches of 4
/// so that a handful of texts already crosses a batch boundary. The float model, as its package
/// ships it: the reference vectors the tests compare with are the float model's.
/// </summary>
public abstract class SentenceModelFixture(SentenceModelKind kind) : IDisposable
{
    public const int BatchSize = 4;

    public OnnxSentenceEmbeddingGenerator Generator { get; } = new(new EmbeddingOptions { Model = kind, BatchSize = BatchSize, Precision = EmbeddingPrecision.Float32 });

    public void Dispose()
    {
        Generator.Dispose();
        GC.SuppressFinalize(this);
    }
}
