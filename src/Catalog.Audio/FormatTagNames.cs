namespace Catalog.Audio;

/// <summary>Names of the WAVE format tags people actually meet, so a rejection says "MP3", not "0x0055".</summary>
internal static class FormatTagNames
{
    public const ushort Pcm = 0x0001;
    public const ushort IeeeFloat = 0x0003;
    public const ushort Extensible = 0xFFFE;

    private static readonly Dictionary<ushort, string> Names = new()
    {
        [0x0002] = "Microsoft ADPCM",
        [0x0006] = "A-law",
        [0x0007] = "µ-law",
        [0x0011] = "IMA ADPCM",
        [0x0016] = "ITU G.723 ADPCM",
        [0x0022] = "DSP Group TrueSpeech",
        [0x0031] = "GSM 6.10",
        [0x0040] = "G.721 ADPCM",
        [0x0050] = "MPEG audio",
        [0x0055] = "MP3",
        [0x0092] = "Dolby AC-3 (S/PDIF)",
        [0x00FF] = "AAC",
        [0x0160] = "Windows Media Audio v1",
        [0x0161] = "Windows Media Audio",
        [0x0162] = "Windows Media Audio Pro",
        [0x0163] = "Windows Media Audio Lossless",
        [0x1610] = "HE-AAC",
        [0x2000] = "Dolby AC-3",
        [0x2001] = "DTS",
        [0x674F] = "Ogg Vorbis",
        [0x704F] = "Opus",
        [0xF1AC] = "FLAC",
    };

    /// <summary>"MP3 (format tag 0x0055)" or "format tag 0x1234".</summary>
    public static string Describe(ushort tag) =>
        Names.TryGetValue(tag, out var name) ? $"{name} (format tag 0x{tag:X4})" : $"format tag 0x{tag:X4}";
}
