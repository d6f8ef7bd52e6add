namespace Catalog.Search.Embeddings;

/// <summary>Where ONNX Runtime runs the sentence model.</summary>
public enum EmbeddingExecutionProvider
{
    /// <summary>Always present: every ONNX Runtime package has it.</summary>
    Cpu,

    /// <summary>
    /// An NVIDIA GPU: needs the GPU build (<c>-p:EmbeddingRuntime=cuda</c>, ONNX Runtime's
    /// <c>Gpu.Linux</c> package) and the CUDA 13 libraries it links to on the machine.
    /// </summary>
    Cuda,
}
