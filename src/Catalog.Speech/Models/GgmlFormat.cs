namespace Catalog.Speech.Models;

/// <summary>Fixed facts of the legacy ggml Whisper file layout (all integers little-endian).</summary>
internal static class GgmlFormat
{
    /// <summary>"ggml" read as a little-endian uint32; the first four bytes of the file are "lmgg".</summary>
    public const uint Magic = 0x67676d6c;

    /// <summary>The GGUF container's magic ("GGUF"), which whisper.cpp does not read.</summary>
    public const uint GgufMagic = 0x46554747;

    /// <summary>Magic plus eleven int32 hyper-parameters.</summary>
    public const int HeaderBytes = 4 + (11 * 4);

    /// <summary>Frequency bins of a 400-point FFT (25 ms at 16 kHz), the mel filters' second dimension.</summary>
    public const int FrequencyBins = 201;

    /// <summary>n_dims, name length and type, each int32, before a tensor's dimensions and name.</summary>
    public const int TensorRecordHeaderBytes = 12;

    /// <summary>Longest vocabulary token accepted; GPT-2's longest is 128 bytes.</summary>
    public const int MaxTokenBytes = 1024;

    /// <summary>Longest tensor name accepted; Whisper's longest is well under 64.</summary>
    public const int MaxTensorNameBytes = 256;

    /// <summary>Offset of the mel filters' band count, right after the header.</summary>
    public const long MelFiltersOffset = HeaderBytes;

    /// <summary>Offset of the vocabulary's token count for a file with this many mel bands.</summary>
    public static long VocabularyOffset(int melBands) => MelFiltersOffset + 8 + ((long)melBands * FrequencyBins * 4);
}
