namespace Catalog.Speech.Models;

/// <summary>
/// The eleven hyper-parameters at the head of a ggml Whisper file, in the order whisper.cpp reads
/// them (n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer, n_text_ctx,
/// n_text_state, n_text_head, n_text_layer, n_mels, ftype). They fix the name, shape and type of
/// every tensor that follows, so the validator and the synthetic writer both derive from them.
/// </summary>
public sealed record WhisperModelShape
{
    /// <summary>English-only vocabulary size: GPT-2's byte-level BPE plus Whisper's special tokens.</summary>
    public const int EnglishVocabularySize = 51864;

    /// <summary>Encoder positions for a full 30 s window (3000 mel frames, halved by the second convolution).</summary>
    public const int FullAudioContext = 1500;

    /// <summary>Decoder positions every released Whisper model was trained with.</summary>
    public const int StandardTextContext = 448;

    /// <summary>ggml "mostly F16": convolution and matrix weights F16, the rest F32.</summary>
    public const int MostlyF16FileType = 1;

    /// <summary>A quantized file stores ftype + 1000 × ggml's quantization version.</summary>
    public const int QuantizationVersionFactor = 1000;

    /// <summary>ggml's GGML_QNT_VERSION: the block layouts whisper.cpp reads today (older versions packed blocks differently).</summary>
    public const int QuantizationVersion = 2;

    /// <summary>n_vocab.</summary>
    public int VocabularySize { get; init; } = EnglishVocabularySize;

    /// <summary>n_audio_ctx: encoder positions.</summary>
    public int AudioContext { get; init; } = FullAudioContext;

    /// <summary>n_audio_state: encoder width.</summary>
    public int AudioState { get; init; }

    /// <summary>n_audio_head.</summary>
    public int AudioHeads { get; init; }

    /// <summary>n_audio_layer.</summary>
    public int AudioLayers { get; init; }

    /// <summary>n_text_ctx: decoder positions.</summary>
    public int TextContext { get; init; } = StandardTextContext;

    /// <summary>n_text_state: decoder width; whisper.cpp's cross-attention needs it equal to the encoder's.</summary>
    public int TextState { get; init; }

    /// <summary>n_text_head.</summary>
    public int TextHeads { get; init; }

    /// <summary>n_text_layer.</summary>
    public int TextLayers { get; init; }

    /// <summary>n_mels: mel bands of the input spectrogram (80, or 128 for large-v3).</summary>
    public int MelBands { get; init; } = 80;

    /// <summary>ftype as stored (a quantized file adds 1000 × its quantization version).</summary>
    public int FileType { get; init; } = MostlyF16FileType;

    /// <summary>64 wide, one layer each side: a few MB, loads and runs in well under a second.</summary>
    public static WhisperModelShape Test { get; } = Uniform(state: 64, heads: 2, layers: 1);

    /// <summary>The exact dimensions of OpenAI's tiny.en (39 M parameters, about 75 MB as F16).</summary>
    public static WhisperModelShape TinyEn { get; } = Uniform(state: 384, heads: 6, layers: 4);

    /// <summary>The exact dimensions of OpenAI's base.en (74 M parameters, about 142 MB as F16).</summary>
    public static WhisperModelShape BaseEn { get; } = Uniform(state: 512, heads: 8, layers: 6);

    /// <summary>
    /// The type whisper.cpp stores the matrix weights (attention, feed-forward, token embedding) in:
    /// F16, or the quantization named by the file type. Convolutions stay F16 and the rest F32.
    /// </summary>
    internal GgmlTensorType MatrixType => GgmlTensorTypes.MatrixType(FileType % QuantizationVersionFactor) ?? GgmlTensorType.F16;

    /// <summary>"q5_1" for a quantized file, null for F16.</summary>
    public string? Quantization => GgmlTensorTypes.IsQuantized(MatrixType) ? GgmlTensorTypes.Name(MatrixType) : null;

    /// <summary>
    /// A preset by name ("test", "tiny.en", "base.en"), optionally quantized the way whisper.cpp's
    /// quantize tool names its files ("base.en-q5_1", "tiny.en-q8_0"); null when unknown.
    /// </summary>
    public static WhisperModelShape? FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Trim().ToLowerInvariant().Split('-', 2);
        WhisperModelShape? preset = parts[0] switch
        {
            "test" => Test,
            "tiny.en" or "tinyen" => TinyEn,
            "base.en" or "baseen" => BaseEn,
            _ => null,
        };
        if (preset is null || parts.Length == 1)
        {
            return preset;
        }

        return GgmlTensorTypes.Parse(parts[1]) is { } type
            ? preset with { FileType = (QuantizationVersion * QuantizationVersionFactor) + GgmlTensorTypes.FileType(type) }
            : null;
    }

    /// <summary>The hyper-parameters in whisper.cpp's own words, for messages and logs.</summary>
    public string Describe() =>
        $"n_vocab {VocabularySize}, n_audio_ctx {AudioContext}, n_audio_state {AudioState}, n_audio_head {AudioHeads}, " +
        $"n_audio_layer {AudioLayers}, n_text_ctx {TextContext}, n_text_state {TextState}, n_text_head {TextHeads}, " +
        $"n_text_layer {TextLayers}, n_mels {MelBands}, ftype {FileType}";

    private static WhisperModelShape Uniform(int state, int heads, int layers) => new()
    {
        AudioState = state,
        AudioHeads = heads,
        AudioLayers = layers,
        TextState = state,
        TextHeads = heads,
        TextLayers = layers,
    };
}
