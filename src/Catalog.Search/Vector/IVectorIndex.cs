using Catalog.Search.Retrieval;

namespace Catalog.Search.Vector;

/// <summary>
/// Nearest-neighbour search over title embeddings under the hard filters. A title may have several
/// vectors (one per passage of its synopsis) and scores as its best one. Implemented in process
/// (<see cref="EmbeddedVectorIndex"/>) and by Qdrant; both pass the same conformance tests.
/// </summary>
public interface IVectorIndex
{
    /// <summary>Adds the titles, or replaces all vectors of titles already there; a title keeps at most <see cref="EmbeddingPassages.MaxPassages"/>.</summary>
    Task UpsertAsync(IReadOnlyList<VectorRecord> records, CancellationToken ct = default);

    Task DeleteAsync(IReadOnlyList<long> titleIds, CancellationToken ct = default);

    /// <param name="vector">A unit-length query vector of the index's dimension.</param>
    /// <returns>Titles by their best passage's score, each with that passage's index (<see cref="ScoredTitle.Passage"/>).</returns>
    Task<IReadOnlyList<ScoredTitle>> SearchAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken ct = default);
}

/// <summary>A title's unit-length embeddings (one per passage, at least one) with the facts filters test.</summary>
public sealed record VectorRecord(SearchDocument Document, IReadOnlyList<ReadOnlyMemory<float>> Vectors)
{
    public VectorRecord(SearchDocument document, ReadOnlyMemory<float> vector)
        : this(document, [vector])
    {
    }

    /// <summary>Throws unless every record has at least one vector and every vector has <paramref name="dimension"/> values.</summary>
    public static void CheckDimensions(IReadOnlyList<VectorRecord> records, int dimension, string holder)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            if (record.Vectors.Count == 0)
            {
                throw new ArgumentException($"Title {record.Document.TitleId} has no vector.", nameof(records));
            }

            foreach (var vector in record.Vectors.Where(v => v.Length != dimension).Take(1))
            {
                throw new ArgumentException($"Title {record.Document.TitleId} has a vector of {vector.Length} values; the {holder} holds {dimension}.", nameof(records));
            }
        }
    }
}
