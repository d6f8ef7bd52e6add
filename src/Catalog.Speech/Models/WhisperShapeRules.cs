namespace Catalog.Speech.Models;

/// <summary>
/// Hyper-parameters whisper.cpp (as shipped in Whisper.net 1.9.1) runs without aborting. Narrower
/// than what its loader reads: the loader trusts these numbers for allocations and graph shapes,
/// and some wrong values only fail later as native asserts that kill the process.
/// </summary>
internal static class WhisperShapeRules
{
    private const int MaxWidth = 4096;
    private const int MaxHeads = 64;
    private const int MaxLayers = 64;
    private const int QuantizationVersionFactor = WhisperModelShape.QuantizationVersionFactor;

    /// <summary>What is wrong with these hyper-parameters, with the fix; null when they are usable.</summary>
    public static string? Problem(WhisperModelShape shape) =>
        VocabularyProblem(shape)
        ?? ContextProblem(shape)
        ?? WidthProblem("n_audio", shape.AudioState, shape.AudioHeads, shape.AudioLayers)
        ?? WidthProblem("n_text", shape.TextState, shape.TextHeads, shape.TextLayers)
        ?? (shape.TextState != shape.AudioState
            ? $"has n_text_state {shape.TextState} but n_audio_state {shape.AudioState}; whisper.cpp's cross-attention needs them equal"
            : null)
        ?? (shape.MelBands is not (80 or 128)
            ? $"declares n_mels {shape.MelBands}; Whisper models use 80 mel bands (128 for large-v3)"
            : null)
        ?? FileTypeProblem(shape.FileType)
        ?? BlockProblem(shape);

    private static string? VocabularyProblem(WhisperModelShape shape) =>
        shape.VocabularySize is >= WhisperModelShape.EnglishVocabularySize and <= WhisperModelShape.EnglishVocabularySize + 2
            ? null
            : $"declares n_vocab {shape.VocabularySize}; whisper.cpp places its special tokens at fixed ids and needs " +
              "51864 (English-only), 51865 (multilingual) or 51866 (large-v3)";

    private static string? ContextProblem(WhisperModelShape shape)
    {
        if (shape.AudioContext != WhisperModelShape.FullAudioContext)
        {
            return $"declares n_audio_ctx {shape.AudioContext}; whisper.cpp encodes 30 s windows and needs {WhisperModelShape.FullAudioContext}";
        }

        return shape.TextContext != WhisperModelShape.StandardTextContext
            ? $"declares n_text_ctx {shape.TextContext}; Whisper models use {WhisperModelShape.StandardTextContext} decoder positions"
            : null;
    }

    private static string? WidthProblem(string side, int state, int heads, int layers)
    {
        if (state is < 1 or > MaxWidth)
        {
            return $"declares {side}_state {state}; expected 1 to {MaxWidth}";
        }

        if (heads is < 1 or > MaxHeads || state % heads != 0)
        {
            return $"declares {side}_head {heads}; it must be 1 to {MaxHeads} and divide {side}_state {state}";
        }

        return layers is < 1 or > MaxLayers ? $"declares {side}_layer {layers}; expected 1 to {MaxLayers}" : null;
    }

    private static string? FileTypeProblem(int fileType)
    {
        if (fileType < 0)
        {
            return $"declares ftype {fileType}, which is not a ggml file type";
        }

        // whisper.cpp keeps only the remainder; a quantized file stores its quantization version above it.
        var (version, type) = (fileType / QuantizationVersionFactor, fileType % QuantizationVersionFactor);
        if (type == 0)
        {
            return "declares ftype 0 (all weights F32); whisper.cpp's convolutions need F16 weights and abort the process on F32 ones. " +
                   "Convert the model with F16 weights (ftype 1), the layout of the published ggml-*.bin files";
        }

        if (GgmlTensorTypes.MatrixType(type) is not { } matrices)
        {
            return $"declares ftype {fileType}, which is not a type whisper.cpp runs; use F16 (ftype 1) or a " +
                   "q4_0, q4_1, q5_0, q5_1 or q8_0 quantization made by a current whisper.cpp";
        }

        // whisper.cpp only logs the version, but blocks of another version are laid out differently and would be read as garbage.
        return !GgmlTensorTypes.IsQuantized(matrices) || version == WhisperModelShape.QuantizationVersion
            ? null
            : $"declares ftype {fileType}: {GgmlTensorTypes.Name(matrices)} blocks of quantization version {version}, but whisper.cpp reads " +
              $"version {WhisperModelShape.QuantizationVersion}. Quantize the F16 model again with a current whisper.cpp";
    }

    /// <summary>Quantized rows are whole blocks; whisper.cpp's sizes assume it and its kernels would read past the row otherwise.</summary>
    private static string? BlockProblem(WhisperModelShape shape) =>
        GgmlTensorTypes.IsQuantized(shape.MatrixType) && shape.AudioState % GgmlTensorTypes.QuantBlock != 0
            ? $"is {shape.Quantization} with n_audio_state {shape.AudioState}; quantized rows are blocks of " +
              $"{GgmlTensorTypes.QuantBlock} values, so the width must be a multiple of {GgmlTensorTypes.QuantBlock}"
            : null;
}
