namespace Catalog.Search.Embeddings;

/// <summary>Token vectors → one unit-length sentence vector per text, the way sentence-transformers does it.</summary>
internal static class EmbeddingPooling
{
    // torch.nn.functional.normalize's epsilon: a zero vector stays zero instead of becoming NaN.
    private const float NormEpsilon = 1e-12f;

    /// <param name="hidden">The model's last hidden state, <c>[batch, sequence, dimension]</c> flattened.</param>
    public static float[][] Pool(ReadOnlySpan<float> hidden, EncodedBatch batch, int dimension, SentencePooling pooling)
    {
        var expected = (long)batch.Count * batch.SequenceLength * dimension;
        if (hidden.Length != expected)
        {
            throw new InvalidOperationException(
                $"The model returned {hidden.Length} values; [{batch.Count}, {batch.SequenceLength}, {dimension}] needs {expected}.");
        }

        var vectors = new float[batch.Count][];
        for (var row = 0; row < batch.Count; row++)
        {
            var tokens = hidden.Slice(row * batch.SequenceLength * dimension, batch.SequenceLength * dimension);
            var vector = pooling switch
            {
                SentencePooling.Cls => tokens[..dimension].ToArray(),
                SentencePooling.Mean => Mean(tokens, batch.AttentionMaskOf(row), dimension),
                _ => throw new ArgumentOutOfRangeException(nameof(pooling), pooling, "Unknown pooling."),
            };
            Normalize(vector);
            vectors[row] = vector;
        }

        return vectors;
    }

    private static float[] Mean(ReadOnlySpan<float> tokens, ReadOnlySpan<long> mask, int dimension)
    {
        var sum = new float[dimension];
        var count = 0;
        for (var position = 0; position < mask.Length; position++)
        {
            if (mask[position] == 0)
            {
                continue;
            }

            count++;
            var token = tokens.Slice(position * dimension, dimension);
            for (var i = 0; i < dimension; i++)
            {
                sum[i] += token[i];
            }
        }

        // Every row has at least [CLS] and [SEP], so count is never 0; Max only guards the division.
        var scale = 1f / Math.Max(count, 1);
        for (var i = 0; i < dimension; i++)
        {
            sum[i] *= scale;
        }

        return sum;
    }

    public static void Normalize(Span<float> vector)
    {
        var squares = 0d;
        foreach (var value in vector)
        {
            squares += (double)value * value;
        }

        var scale = (float)(1 / Math.Max(Math.Sqrt(squares), NormEpsilon));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] *= scale;
        }
    }
}
