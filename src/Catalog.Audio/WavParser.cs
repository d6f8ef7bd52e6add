using System.Buffers.Binary;

namespace Catalog.Audio;

/// <summary>
/// Walks the RIFF chunks to find fmt and data. Every declared size is checked against the bytes present and nothing is
/// allocated from one, because all of them are attacker-controlled.
/// </summary>
internal static class WavParser
{
    private const int RiffHeaderSize = 12;
    private const int ChunkHeaderSize = 8;

    public static WavInfo Parse(ReadOnlySpan<byte> wav)
    {
        CheckRiffHeader(wav);
        var scan = new ChunkScan();
        long position = RiffHeaderSize;
        while (position + ChunkHeaderSize <= wav.Length && !scan.Complete)
        {
            position = ReadChunk(wav, (int)position, ref scan);
        }

        if (!scan.Complete && (scan.Overran || position < wav.Length))
        {
            var where = scan.Overran ? $"inside its '{ContainerSniffer.Printable(scan.LastChunk)}' chunk" : "inside a chunk header";
            throw new AudioRejectedException(AudioRejectionKind.Truncated,
                $"The WAV ends {where} before its {(scan.Format is null ? "fmt" : "data")} chunk; the file is cut off or corrupt.");
        }

        return Complete(scan.Format, scan.DataOffset, scan.DataLength);
    }

    /// <summary>Takes what the chunk at <paramref name="position"/> offers and returns where the next one starts.</summary>
    private static long ReadChunk(ReadOnlySpan<byte> wav, int position, ref ChunkScan scan)
    {
        var id = wav.Slice(position, 4);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(wav[(position + 4)..]);
        var body = position + ChunkHeaderSize;
        var present = wav.Length - body;
        scan.LastChunk = id;
        scan.Overran = size > present;

        if (id.SequenceEqual("fmt "u8) && scan.Format is null)
        {
            scan.Format = FormatChunkParser.Parse(FormatBody(wav, body, size, present));
        }
        else if (id.SequenceEqual("data"u8) && scan.DataOffset < 0)
        {
            // Streaming writers leave the size at 0 or 0xFFFFFFFF, and a cut-off upload declares more than it has:
            // in all three cases the samples run to the end of what arrived.
            scan.DataOffset = body;
            scan.DataLength = size == 0 || size > present ? present : (int)size;
            scan.Overran = false;
            size = scan.DataLength;
        }

        // RIFF pads odd-sized chunks to an even length; the pad byte is not counted in the size.
        return body + size + (size & 1);
    }

    private static void CheckRiffHeader(ReadOnlySpan<byte> wav)
    {
        if (wav.IsEmpty)
        {
            throw new AudioRejectedException(AudioRejectionKind.Empty, "The upload is empty; send a WAV recording.");
        }

        var isRiff = wav.StartsWith("RIFF"u8) || wav.StartsWith("RF64"u8) || wav.StartsWith("BW64"u8);
        if (isRiff && wav.Length >= RiffHeaderSize && wav[8..12].SequenceEqual("WAVE"u8))
        {
            return;
        }

        if (wav.Length < RiffHeaderSize && "RIFF"u8[..Math.Min(4, wav.Length)].SequenceEqual(wav[..Math.Min(4, wav.Length)]))
        {
            throw new AudioRejectedException(AudioRejectionKind.Truncated,
                $"The upload is only {wav.Length} bytes, cut off inside the RIFF header; a WAV header needs at least 44.");
        }

        var known = ContainerSniffer.Identify(wav);
        throw new AudioRejectedException(AudioRejectionKind.NotWav, known is null
            ? $"The upload is not a WAV file (it starts with bytes {Convert.ToHexString(wav[..Math.Min(4, wav.Length)])}, not 'RIFF…WAVE'); send WAV (PCM)."
            : $"The upload is not WAV: this is {known}; send WAV (PCM).");
    }

    private static ReadOnlySpan<byte> FormatBody(ReadOnlySpan<byte> wav, int body, long size, int present)
    {
        if (size > present)
        {
            throw new AudioRejectedException(AudioRejectionKind.Truncated,
                $"The fmt chunk declares {size} bytes but only {present} are present; the file is cut off or corrupt.");
        }

        return wav.Slice(body, (int)size);
    }

    private static WavInfo Complete(WavFormat? format, int dataOffset, int dataLength)
    {
        if (format is not { } found)
        {
            throw new AudioRejectedException(AudioRejectionKind.MissingFormatChunk,
                "The WAV has no fmt chunk, so its sample format is unknown.");
        }

        if (dataOffset < 0)
        {
            throw new AudioRejectedException(AudioRejectionKind.MissingDataChunk, "The WAV has no data chunk, so it holds no audio.");
        }

        var wholeFrames = dataLength / found.BlockAlign * found.BlockAlign;
        if (wholeFrames == 0)
        {
            throw new AudioRejectedException(AudioRejectionKind.NoSamples,
                $"The WAV's data chunk holds {dataLength} bytes, less than one {found.BlockAlign}-byte frame: there are no samples.");
        }

        return new WavInfo(found, dataOffset, wholeFrames);
    }
}
