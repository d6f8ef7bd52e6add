namespace Catalog.Speech.Models;

/// <summary>The ggml element types an F16 Whisper file uses, with ggml's own numbering.</summary>
internal enum GgmlTensorType
{
    F32 = 0,
    F16 = 1,
}
