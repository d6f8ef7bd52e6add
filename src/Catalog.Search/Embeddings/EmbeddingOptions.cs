using Catalog.Core.Configuration;

namespace Catalog.Search.Embeddings;

/// <summary>Which sentence model embeds titles and queries, and how much work one call may do.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embedding";

    /// <summary>Both models were trained with at most 512 positions; more would fail inside the model.</summary>
    public const int ModelPositionLimit = 512;

    public SentenceModelKind Model { get; set; } = SentenceModelKind.ArcticXs;

    /// <summary>
    /// Int8 by default: measured 1.6× the indexing speed and about half the query embedding time of
    /// Float32 on this machine, with the same full-mode evaluation figures (docs/evaluation.md).
    /// Changing it changes the model id, so stored vectors are made again by <c>catalog reindex</c>.
    /// </summary>
    public EmbeddingPrecision Precision { get; set; } = EmbeddingPrecision.Int8;

    public const int DefaultMaxTokens = 256;

    /// <summary>
    /// Tokens per text, [CLS] and [SEP] included; the rest of a longer text is cut off. 256 keeps
    /// all but the longest Wikipedia plots whole; 64 indexed 1.6× faster but lost the plot details
    /// known-item searches ask for (docs/evaluation.md).
    /// </summary>
    public int MaxTokens { get; set; } = DefaultMaxTokens;

    /// <summary>
    /// Texts per model run on the CPU when <see cref="BatchSize"/> is 0. One: the int8 model
    /// quantizes activations with one scale per run, so in a larger batch a text's vector would
    /// depend on the texts beside it (and a title edited alone would not get the vector a reindex
    /// gives it). With runs in parallel it indexes as fast as batches of 8 (docs/benchmarks.md).
    /// </summary>
    public const int DefaultCpuBatchSize = 1;

    /// <summary>Texts per model run on a GPU when <see cref="BatchSize"/> is 0: a GPU needs hundreds of rows to be busy.</summary>
    public const int DefaultGpuBatchSize = 256;

    /// <summary>
    /// Texts per model run: larger batches amortise the call, but pad every text to the longest.
    /// 0 picks by where the model runs (<see cref="DefaultCpuBatchSize"/>, <see cref="DefaultGpuBatchSize"/>).
    /// </summary>
    public int BatchSize { get; set; }

    /// <summary>
    /// Execution providers to try in order; the first that loads runs the model, and the ones
    /// skipped say why (<see cref="SentenceModel.SkippedProviders"/>). Empty means CPU only.
    /// A GPU deployment names Cuda then Cpu, so a machine without a usable GPU still starts.
    /// </summary>
    public List<string> ExecutionProviders { get; set; } = [];

    /// <summary>Which GPU the CUDA provider uses.</summary>
    public int CudaDeviceId { get; set; }

    /// <summary>Threads ONNX Runtime may use inside one operator of a single run (a query); 0 keeps its default (one per core).</summary>
    public int IntraOpThreads { get; set; }

    /// <summary>
    /// Model runs at once when one call holds several batches (indexing), each on one thread: on
    /// small matrices that beats one run split over every core. 0 means one per core; 1 runs the
    /// batches one after another with <see cref="IntraOpThreads"/>.
    /// </summary>
    public int BulkParallelism { get; set; }

    /// <summary><see cref="BulkParallelism"/> with 0 resolved to the core count.</summary>
    public int EffectiveBulkParallelism => BulkParallelism > 0 ? BulkParallelism : Environment.ProcessorCount;

    public void Validate()
    {
        if (MaxTokens is < 2 or > ModelPositionLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens,
                $"{SectionName}:{nameof(MaxTokens)} must be between 2 (room for [CLS] and [SEP]) and {ModelPositionLimit}.");
        }

        if (BatchSize < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize,
                $"{SectionName}:{nameof(BatchSize)} must be 0 (chosen by where the model runs) or more.");
        }

        if (CudaDeviceId < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CudaDeviceId), CudaDeviceId, $"{SectionName}:{nameof(CudaDeviceId)} must be 0 or more.");
        }

        if (IntraOpThreads < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(IntraOpThreads), IntraOpThreads,
                $"{SectionName}:{nameof(IntraOpThreads)} must be 0 (ONNX default) or more.");
        }

        if (BulkParallelism < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BulkParallelism), BulkParallelism,
                $"{SectionName}:{nameof(BulkParallelism)} must be 0 (one per core) or more.");
        }

        if (!Enum.IsDefined(Precision))
        {
            throw new ArgumentOutOfRangeException(nameof(Precision), Precision, $"{SectionName}:{nameof(Precision)} is Float32 or Int8.");
        }

        if (!Enum.IsDefined(Model))
        {
            throw new ArgumentOutOfRangeException(nameof(Model), Model, $"{SectionName}:{nameof(Model)} is not a known sentence model.");
        }

        _ = ParseExecutionProviders();
    }

    /// <summary>The configured providers in order, without repeats; CPU alone when none is named. Throws on an unknown name.</summary>
    public IReadOnlyList<EmbeddingExecutionProvider> ParseExecutionProviders()
    {
        var order = ConfiguredOrder.Parse<EmbeddingExecutionProvider>(
            ExecutionProviders, $"{SectionName}:{nameof(ExecutionProviders)}", "an execution provider", nameof(ExecutionProviders));
        return order.Count > 0 ? order : [EmbeddingExecutionProvider.Cpu];
    }
}
