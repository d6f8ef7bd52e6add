namespace Catalog.Speech.Models;

/// <summary>The ggml element types a Whisper file uses, with ggml's own numbering (<c>enum ggml_type</c>).</summary>
internal enum GgmlTensorType
{
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q4_1 = 3,
    Q5_0 = 6,
    Q5_1 = 7,
    Q8_0 = 8,
}
