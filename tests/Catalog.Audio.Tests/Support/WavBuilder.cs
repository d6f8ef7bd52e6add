using System.Buffers.Binary;
using System.Text;

namespace Catalog.Audio.Tests.Support;

/// <summary>
/// Assembles WAV bytes field by field, including the malformed and unusual layouts the product encoder never writes.
/// </summary>
internal sealed record WavBuilder
{
    public static readonly Guid PcmSubFormat = new("00000001-0000-0010-8000-00aa00389b71");
    public static readonly Guid FloatSubFormat = new("00000003-0000-0010-8000-00aa00389b71");

    public ushort FormatTag { get; init; } = 1;

    public int Channels { get; init; } = 1;

    public uint SampleRate { get; init; } = 16_000;

    public int BitsPerSample { get; init; } = 16;

    /// <summary>Null writes channels × bytes per sample.</summary>
    public int? BlockAlign { get; init; }

    /// <summary>Writes a 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk with this sub-format (tag 0xFFFE).</summary>
    public Guid? SubFormat { get; init; }

    public int? ValidBits { get; init; }

    /// <summary>Overrides the fmt chunk body entirely.</summary>
    public byte[]? FormatBody { get; init; }

    public bool IncludeFormat { get; init; } = true;

    public bool IncludeData { get; init; } = true;

    public byte[] Data { get; init; } = [];

    /// <summary>Null writes the real size.</summary>
    public uint? DeclaredDataSize { get; init; }

    /// <summary>Null writes the real size.</summary>
    public uint? DeclaredRiffSize { get; init; }

    public IReadOnlyList<(string Id, byte[] Body)> ChunksBeforeFormat { get; init; } = [];

    public IReadOnlyList<(string Id, byte[] Body)> ChunksBeforeData { get; init; } = [];

    public IReadOnlyList<(string Id, byte[] Body)> ChunksAfterData { get; init; } = [];

    public static WavBuilder Pcm16Mono(params short[] samples) => new() { Data = SampleBytes.Int16(samples) };

    public byte[] Build()
    {
        var body = new MemoryStream();
        body.Write("WAVE"u8);
        WriteChunks(body, ChunksBeforeFormat);
        if (IncludeFormat)
        {
            WriteChunk(body, "fmt ", FormatBody ?? BuildFormat(), null);
        }

        WriteChunks(body, ChunksBeforeData);
        if (IncludeData)
        {
            WriteChunk(body, "data", Data, DeclaredDataSize);
        }

        WriteChunks(body, ChunksAfterData);
        var riff = new MemoryStream();
        riff.Write("RIFF"u8);
        riff.Write(UInt32(DeclaredRiffSize ?? (uint)body.Length));
        body.WriteTo(riff);
        return riff.ToArray();
    }

    private byte[] BuildFormat()
    {
        var extensible = SubFormat is not null;
        var fmt = new byte[extensible ? 40 : 16];
        var blockAlign = BlockAlign ?? Channels * ((BitsPerSample + 7) / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, extensible ? (ushort)0xFFFE : FormatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), (ushort)Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(4), SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), (uint)(SampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), (ushort)BitsPerSample);
        if (SubFormat is { } guid)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(16), 22);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(18), (ushort)(ValidBits ?? BitsPerSample));
            BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(20), Channels == 2 ? 3u : 0u);
            guid.TryWriteBytes(fmt.AsSpan(24));
        }

        return fmt;
    }

    private static void WriteChunks(MemoryStream stream, IEnumerable<(string Id, byte[] Body)> chunks)
    {
        foreach (var (id, body) in chunks)
        {
            WriteChunk(stream, id, body, null);
        }
    }

    private static void WriteChunk(MemoryStream stream, string id, byte[] body, uint? declaredSize)
    {
        stream.Write(Encoding.ASCII.GetBytes(id));
        stream.Write(UInt32(declaredSize ?? (uint)body.Length));
        stream.Write(body);
        if (body.Length % 2 == 1)
        {
            stream.WriteByte(0);
        }
    }

    private static byte[] UInt32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
