using System.Text;

namespace Catalog.Audio;

/// <summary>
/// Names the container of a non-WAV upload from its magic bytes, so the rejection can say what was sent:
/// browsers' MediaRecorder produces WebM/Opus (Chrome, Firefox) or MP4/AAC (Safari) unless the page encodes WAV itself.
/// </summary>
internal static class ContainerSniffer
{
    // Opus in WebM announces its codec id in the track header, well within the first few KiB.
    private const int CodecSearchWindow = 4096;

    /// <summary>A description such as "WebM/Opus audio", or null when the bytes match nothing known.</summary>
    public static string? Identify(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("ID3"u8) || IsMpegAudioFrame(data))
        {
            return "MP3 audio";
        }

        if (IsAdtsFrame(data))
        {
            return "AAC (ADTS) audio";
        }

        if (data.StartsWith("OggS"u8))
        {
            return Contains(data, "OpusHead"u8) ? "Ogg/Opus audio" : Contains(data, "vorbis"u8) ? "Ogg/Vorbis audio" : "Ogg audio";
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return IdentifyMatroska(data);
        }

        return IdentifyByTag(data);
    }

    private static string? IdentifyByTag(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("fLaC"u8))
        {
            return "FLAC audio";
        }

        if (data.Length >= 8 && data[4..8].SequenceEqual("ftyp"u8))
        {
            return "MP4/M4A (AAC) audio";
        }

        if (data.StartsWith("FORM"u8) && data.Length >= 12 && (data[8..12].SequenceEqual("AIFF"u8) || data[8..12].SequenceEqual("AIFC"u8)))
        {
            return "AIFF audio";
        }

        if (data.StartsWith("#!AMR"u8))
        {
            return "AMR audio";
        }

        if (data.StartsWith("caff"u8))
        {
            return "Core Audio (CAF) audio";
        }

        if (data.StartsWith("RIFF"u8) && data.Length >= 12)
        {
            return $"a RIFF file of type '{Printable(data[8..12])}' rather than WAVE";
        }

        return data.StartsWith("RIFX"u8) ? "big-endian RIFX audio" : null;
    }

    private static string IdentifyMatroska(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, CodecSearchWindow)];
        var container = Contains(head, "webm"u8) ? "WebM" : "Matroska";
        return Contains(head, "A_OPUS"u8) ? $"{container}/Opus audio"
            : Contains(head, "A_VORBIS"u8) ? $"{container}/Vorbis audio"
            : $"{container} audio";
    }

    // An MPEG audio frame header: 11 sync bits, then a layer field that is not the reserved 00 (00 there is ADTS).
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> data) =>
        data.Length >= 2 && data[0] == 0xFF && (data[1] & 0xE0) == 0xE0 && (data[1] & 0x06) != 0 && (data[1] & 0x18) != 0x08;

    private static bool IsAdtsFrame(ReadOnlySpan<byte> data) =>
        data.Length >= 2 && data[0] == 0xFF && (data[1] & 0xF6) == 0xF0;

    private static bool Contains(ReadOnlySpan<byte> data, ReadOnlySpan<byte> needle) =>
        data[..Math.Min(data.Length, CodecSearchWindow)].IndexOf(needle) >= 0;

    public static string Printable(ReadOnlySpan<byte> tag)
    {
        var text = new StringBuilder(tag.Length);
        foreach (var b in tag)
        {
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : '?');
        }

        return text.ToString();
    }
}
