using System.Buffers.Binary;

namespace Catalog.Audio.Tests.Support;

/// <summary>Raw little-endian sample bytes, written independently of the code under test.</summary>
internal static class SampleBytes
{
    public static byte[] UInt8(params byte[] samples) => samples;

    public static byte[] Int16(params short[] samples) => Write(samples, 2, (span, v) => BinaryPrimitives.WriteInt16LittleEndian(span, v));

    public static byte[] Int24(params int[] samples) => Write(samples, 3, (span, v) =>
    {
        span[0] = (byte)v;
        span[1] = (byte)(v >> 8);
        span[2] = (byte)(v >> 16);
    });

    public static byte[] Int32(params int[] samples) => Write(samples, 4, (span, v) => BinaryPrimitives.WriteInt32LittleEndian(span, v));

    public static byte[] Float32(params float[] samples) => Write(samples, 4, (span, v) => BinaryPrimitives.WriteSingleLittleEndian(span, v));

    public static byte[] Float64(params double[] samples) => Write(samples, 8, (span, v) => BinaryPrimitives.WriteDoubleLittleEndian(span, v));

    /// <summary>Quantises floats in [-1, 1] to the given PCM or float layout.</summary>
    public static byte[] Encode(IReadOnlyList<float> samples, SampleEncoding encoding, int bits) => (encoding, bits) switch
    {
        (SampleEncoding.Pcm, 8) => [.. samples.Select(s => (byte)Math.Clamp(Math.Round(s * 128) + 128, 0, 255))],
        (SampleEncoding.Pcm, 16) => Int16([.. samples.Select(s => (short)Math.Clamp(Math.Round(s * 32768.0), short.MinValue, short.MaxValue))]),
        (SampleEncoding.Pcm, 24) => Int24([.. samples.Select(s => (int)Math.Clamp(Math.Round(s * 8388608.0), -8388608, 8388607))]),
        (SampleEncoding.Pcm, 32) => Int32([.. samples.Select(s => (int)Math.Clamp(Math.Round(s * 2147483648.0), int.MinValue, int.MaxValue))]),
        (SampleEncoding.IeeeFloat, 32) => Float32([.. samples]),
        (SampleEncoding.IeeeFloat, 64) => Float64([.. samples.Select(s => (double)s)]),
        _ => throw new ArgumentOutOfRangeException(nameof(bits)),
    };

    private static byte[] Write<T>(T[] samples, int size, SpanWriter<T> write)
    {
        var bytes = new byte[samples.Length * size];
        for (var i = 0; i < samples.Length; i++)
        {
            write(bytes.AsSpan(i * size, size), samples[i]);
        }

        return bytes;
    }

    private delegate void SpanWriter<in T>(Span<byte> destination, T value);
}
