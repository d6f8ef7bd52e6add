using System.Buffers.Binary;

namespace Catalog.Audio.Tests.Support;

internal static class ByteArrayExtensions
{
    /// <summary>Overwrites a little-endian uint in place, for header fields the builder writes correctly.</summary>
    public static byte[] Patch(this byte[] bytes, int offset, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset), value);
        return bytes;
    }

    public static byte[] Patch(this byte[] bytes, int offset, int value) => bytes.Patch(offset, (uint)value);
}
