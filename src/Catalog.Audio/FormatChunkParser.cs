using System.Buffers.Binary;

namespace Catalog.Audio;

/// <summary>Reads and validates a fmt chunk body (WAVEFORMATEX / WAVEFORMATEXTENSIBLE).</summary>
internal static class FormatChunkParser
{
    private const int BasicSize = 16;
    private const int ExtensibleSize = 40;

    // Every KSDATAFORMAT_SUBTYPE_* GUID for a classic tag is {tag-0000-0010-8000-00AA00389B71}; only the first 4 bytes differ.
    private static ReadOnlySpan<byte> SubFormatTail => [0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    public static WavFormat Parse(ReadOnlySpan<byte> body)
    {
        if (body.Length < BasicSize)
        {
            throw Reject(AudioRejectionKind.InvalidFormat, $"The fmt chunk is {body.Length} bytes; it needs at least {BasicSize}.");
        }

        var tag = BinaryPrimitives.ReadUInt16LittleEndian(body);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(body[12..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);

        if (channels == 0)
        {
            throw Reject(AudioRejectionKind.InvalidFormat, "The fmt chunk declares zero channels.");
        }

        var extensible = tag == FormatTagNames.Extensible;
        var encoding = extensible ? ResolveSubFormat(body, bits) : ResolveTag(tag);
        CheckChannelsAndRate(channels, sampleRate);
        CheckBits(encoding, bits, channels, blockAlign);
        return new WavFormat(encoding, channels, (int)sampleRate, ContainerBits(bits), extensible);
    }

    private static SampleEncoding ResolveTag(ushort tag) => tag switch
    {
        FormatTagNames.Pcm => SampleEncoding.Pcm,
        FormatTagNames.IeeeFloat => SampleEncoding.IeeeFloat,
        _ => throw Reject(AudioRejectionKind.UnsupportedEncoding,
            $"The WAV holds {FormatTagNames.Describe(tag)}, a compressed or unsupported encoding; send uncompressed PCM or float WAV."),
    };

    private static SampleEncoding ResolveSubFormat(ReadOnlySpan<byte> body, int bits)
    {
        if (body.Length < ExtensibleSize)
        {
            throw Reject(AudioRejectionKind.InvalidFormat,
                $"The fmt chunk says WAVE_FORMAT_EXTENSIBLE but is {body.Length} bytes; it needs {ExtensibleSize}.");
        }

        int validBits = BinaryPrimitives.ReadUInt16LittleEndian(body[18..]);
        if (validBits > bits)
        {
            throw Reject(AudioRejectionKind.InvalidFormat, $"The fmt chunk declares {validBits} valid bits in a {bits}-bit sample.");
        }

        var guid = body.Slice(24, 16);
        if (!guid[4..].SequenceEqual(SubFormatTail) || guid[2] != 0 || guid[3] != 0)
        {
            throw Reject(AudioRejectionKind.UnsupportedEncoding,
                $"The WAV's extensible sub-format {new Guid(guid)} is not PCM or float; send uncompressed PCM or float WAV.");
        }

        return ResolveTag(BinaryPrimitives.ReadUInt16LittleEndian(guid));
    }

    private static void CheckChannelsAndRate(int channels, uint sampleRate)
    {
        if (channels > WavDecoder.MaxChannels)
        {
            throw Reject(AudioRejectionKind.UnsupportedChannelCount,
                $"The WAV has {channels} channels; at most {WavDecoder.MaxChannels} are supported.");
        }

        if (sampleRate is < WavDecoder.MinSampleRate or > WavDecoder.MaxSampleRate)
        {
            throw Reject(AudioRejectionKind.UnsupportedSampleRate,
                $"The WAV's sample rate is {sampleRate} Hz; it must be {WavDecoder.MinSampleRate}–{WavDecoder.MaxSampleRate} Hz.");
        }
    }

    private static void CheckBits(SampleEncoding encoding, int bits, int channels, int blockAlign)
    {
        if (bits == 0)
        {
            throw Reject(AudioRejectionKind.InvalidFormat, "The fmt chunk declares 0 bits per sample.");
        }

        var container = ContainerBits(bits);
        var supported = encoding == SampleEncoding.Pcm ? container is 8 or 16 or 24 or 32 : container is 32 or 64;
        if (!supported)
        {
            var name = encoding == SampleEncoding.Pcm ? "PCM (supported: 8, 16, 24, 32)" : "float (supported: 32, 64)";
            throw Reject(AudioRejectionKind.UnsupportedEncoding, $"The WAV holds {bits}-bit {name}.");
        }

        var expected = channels * container / 8;
        if (blockAlign != expected)
        {
            throw Reject(AudioRejectionKind.InvalidFormat,
                $"The fmt chunk's block align is {blockAlign}, but {channels} channel(s) of {container}-bit samples need {expected}.");
        }
    }

    // Samples narrower than their container (e.g. 12 or 20 bits) are left-justified, so decoding the whole container is exact.
    private static int ContainerBits(int bits) => (bits + 7) / 8 * 8;

    private static AudioRejectedException Reject(AudioRejectionKind kind, string message) => new(kind, message);
}
