namespace Catalog.Audio;

/// <summary>What the chunk walk has found so far.</summary>
internal ref struct ChunkScan
{
    public ChunkScan()
    {
    }

    public WavFormat? Format { get; set; }

    public int DataOffset { get; set; } = -1;

    public int DataLength { get; set; }

    /// <summary>The last chunk declared more bytes than the file has left.</summary>
    public bool Overran { get; set; }

    public ReadOnlySpan<byte> LastChunk { get; set; }

    public readonly bool Complete => Format is not null && DataOffset >= 0;
}
