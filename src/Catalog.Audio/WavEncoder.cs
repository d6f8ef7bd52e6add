using System.Buffers.Binary;

namespace Catalog.Audio;

/// <summary>Writes canonical 44-byte-header WAV files from float samples (interleaved when more than one channel).</summary>
public static class WavEncoder
{
    private const int HeaderSize = 44;

    /// <summary>16-bit PCM; samples are clamped to [-1, 1] and rounded, so a decode gives them back within 1/32768.</summary>
    public static byte[] EncodePcm16(ReadOnlySpan<float> samples, int sampleRate, int channels = 1)
    {
        var wav = Allocate(samples.Length, sampleRate, channels, bytesPerSample: 2);
        WriteHeader(wav, FormatTagNames.Pcm, sampleRate, channels, bitsPerSample: 16);
        var data = wav.AsSpan(HeaderSize);
        for (var i = 0; i < samples.Length; i++)
        {
            var scaled = Math.Round(Math.Clamp(samples[i], -1f, 1f) * 32768.0);
            BinaryPrimitives.WriteInt16LittleEndian(data[(i * 2)..], (short)Math.Clamp(scaled, short.MinValue, short.MaxValue));
        }

        return wav;
    }

    /// <summary>32-bit IEEE float; samples are stored exactly.</summary>
    public static byte[] EncodeFloat32(ReadOnlySpan<float> samples, int sampleRate, int channels = 1)
    {
        var wav = Allocate(samples.Length, sampleRate, channels, bytesPerSample: 4);
        WriteHeader(wav, FormatTagNames.IeeeFloat, sampleRate, channels, bitsPerSample: 32);
        var data = wav.AsSpan(HeaderSize);
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data[(i * 4)..], samples[i]);
        }

        return wav;
    }

    private static byte[] Allocate(int sampleCount, int sampleRate, int channels, int bytesPerSample)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, ushort.MaxValue);
        if (sampleCount % channels != 0)
        {
            throw new ArgumentException($"{sampleCount} samples are not a whole number of {channels}-channel frames.", nameof(sampleCount));
        }

        var dataBytes = (long)sampleCount * bytesPerSample;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dataBytes, uint.MaxValue - HeaderSize, nameof(sampleCount));
        return new byte[HeaderSize + dataBytes];
    }

    private static void WriteHeader(Span<byte> wav, ushort formatTag, int sampleRate, int channels, int bitsPerSample)
    {
        var blockAlign = channels * bitsPerSample / 8;
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteUInt32LittleEndian(wav[4..], (uint)(wav.Length - 8));
        "WAVE"u8.CopyTo(wav[8..]);
        "fmt "u8.CopyTo(wav[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(wav[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(wav[20..], formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(wav[22..], (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(wav[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(wav[28..], (uint)(sampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(wav[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(wav[34..], (ushort)bitsPerSample);
        "data"u8.CopyTo(wav[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(wav[40..], (uint)(wav.Length - HeaderSize));
    }
}
