using System.Buffers.Binary;

namespace Catalog.Speech.Models;

/// <summary>
/// Bounded reads over a model file: every read is checked against the bytes left first, so a
/// truncated or lying file is reported instead of throwing, and nothing is allocated from a
/// length the file declares before that length is known to be sane.
/// </summary>
internal sealed class ModelFileCursor(Stream stream)
{
    private readonly byte[] _scratch = new byte[Math.Max(GgmlFormat.MaxTokenBytes, GgmlFormat.MaxTensorNameBytes)];

    public long Length { get; } = stream.Length;

    public long Position => stream.Position;

    public long Remaining => Length - stream.Position;

    public bool TryReadInt32(out int value)
    {
        if (!TryRead(4, out var bytes))
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        return true;
    }

    public bool TryReadSingle(out float value)
    {
        var ok = TryReadInt32(out var bits);
        value = BitConverter.Int32BitsToSingle(bits);
        return ok;
    }

    /// <summary>Reads up to the scratch buffer's size; the span is valid until the next read.</summary>
    public bool TryRead(int count, out ReadOnlySpan<byte> bytes)
    {
        if (count < 0 || count > _scratch.Length || count > Remaining)
        {
            bytes = default;
            return false;
        }

        stream.ReadExactly(_scratch, 0, count);
        bytes = _scratch.AsSpan(0, count);
        return true;
    }

    public bool TrySkip(long count)
    {
        if (count < 0 || count > Remaining)
        {
            return false;
        }

        stream.Seek(count, SeekOrigin.Current);
        return true;
    }
}
