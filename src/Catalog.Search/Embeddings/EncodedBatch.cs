namespace Catalog.Search.Embeddings;

/// <summary>
/// Token ids for several texts, padded to the longest, laid out row by row as the model's
/// <c>[batch, sequence]</c> int64 inputs want them.
/// </summary>
public sealed class EncodedBatch
{
    internal EncodedBatch(int count, int sequenceLength, long[] inputIds, long[] attentionMask, long[] tokenTypeIds)
    {
        Count = count;
        SequenceLength = sequenceLength;
        InputIds = inputIds;
        AttentionMask = attentionMask;
        TokenTypeIds = tokenTypeIds;
        TokenCount = attentionMask.Count(m => m != 0);
    }

    public int Count { get; }

    public int SequenceLength { get; }

    public long[] InputIds { get; }

    /// <summary>1 for a real token, 0 for padding, so attention and mean pooling ignore the padding.</summary>
    public long[] AttentionMask { get; }

    /// <summary>All zero: every text is a single segment.</summary>
    public long[] TokenTypeIds { get; }

    /// <summary>Real tokens in the batch, padding not counted.</summary>
    public int TokenCount { get; }

    public ReadOnlySpan<long> InputIdsOf(int row) => InputIds.AsSpan(row * SequenceLength, SequenceLength);

    public ReadOnlySpan<long> AttentionMaskOf(int row) => AttentionMask.AsSpan(row * SequenceLength, SequenceLength);
}
