namespace Catalog.Speech.Models;

/// <summary>
/// How ggml stores each element type: quantized types pack blocks of 32 values behind an F16
/// scale (and an F16 minimum for the "_1" types); Q5 types add 32 high bits per block. Sizes are
/// ggml's <c>type_traits</c> for these types.
/// </summary>
internal static class GgmlTensorTypes
{
    public const int QuantBlock = 32;

    /// <summary>Values per block: 1 for plain floats, 32 for the quantized types.</summary>
    public static int BlockElements(GgmlTensorType type) => IsQuantized(type) ? QuantBlock : 1;

    /// <summary>Bytes per block.</summary>
    public static int BlockBytes(GgmlTensorType type) => type switch
    {
        GgmlTensorType.F32 => 4,
        GgmlTensorType.F16 => 2,
        GgmlTensorType.Q4_0 => 2 + (QuantBlock / 2),
        GgmlTensorType.Q4_1 => 2 + 2 + (QuantBlock / 2),
        GgmlTensorType.Q5_0 => 2 + 4 + (QuantBlock / 2),
        GgmlTensorType.Q5_1 => 2 + 2 + 4 + (QuantBlock / 2),
        GgmlTensorType.Q8_0 => 2 + QuantBlock,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a ggml type a Whisper file uses."),
    };

    public static bool IsQuantized(GgmlTensorType type) => type is not (GgmlTensorType.F32 or GgmlTensorType.F16);

    /// <summary>Bytes of <paramref name="elements"/> values (a whole number of blocks).</summary>
    public static long DataBytes(GgmlTensorType type, long elements) => elements / BlockElements(type) * BlockBytes(type);

    /// <summary>The name ggml and whisper.cpp's quantize tool use ("q5_1").</summary>
    public static string Name(GgmlTensorType type) => type.ToString().ToLowerInvariant();

    /// <summary>
    /// The file type ("ftype", ggml's <c>enum ggml_ftype</c>) whose matrices are stored as
    /// <paramref name="type"/>; its numbering differs from the element types'.
    /// </summary>
    public static int FileType(GgmlTensorType type) => type switch
    {
        GgmlTensorType.F16 => 1,
        GgmlTensorType.Q4_0 => 2,
        GgmlTensorType.Q4_1 => 3,
        GgmlTensorType.Q8_0 => 7,
        GgmlTensorType.Q5_0 => 8,
        GgmlTensorType.Q5_1 => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No Whisper file stores its matrices in this type."),
    };

    /// <summary>The matrix type of a file type (without its quantization version), or null for one whisper.cpp cannot run.</summary>
    public static GgmlTensorType? MatrixType(int fileType) => fileType switch
    {
        1 => GgmlTensorType.F16,
        2 => GgmlTensorType.Q4_0,
        3 => GgmlTensorType.Q4_1,
        7 => GgmlTensorType.Q8_0,
        8 => GgmlTensorType.Q5_0,
        9 => GgmlTensorType.Q5_1,
        _ => null,
    };

    private static readonly GgmlTensorType[] Quantized = [GgmlTensorType.Q4_0, GgmlTensorType.Q4_1, GgmlTensorType.Q5_0, GgmlTensorType.Q5_1, GgmlTensorType.Q8_0];

    /// <summary>A quantization by its exact name ("q5_1", "Q8_0"), or null; numbers and lists are not names.</summary>
    public static GgmlTensorType? Parse(string name) =>
        Quantized.Where(type => string.Equals(Name(type), name, StringComparison.OrdinalIgnoreCase)).Select(type => (GgmlTensorType?)type).FirstOrDefault();
}
