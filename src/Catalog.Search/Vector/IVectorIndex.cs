using Catalog.Search.Retrieval;

namespace Catalog.Search.Vector;

/// <summary>
/// Nearest-neighbour search over title embeddings under the hard filters. Implemented in process
/// (<see cref="EmbeddedVectorIndex"/>) and by Qdrant; both pass the same conformance tests.
/// </summary>
public interface IVectorIndex
{
    Task UpsertAsync(IReadOnlyList<VectorRecord> records, CancellationToken ct = default);

    Task DeleteAsync(IReadOnlyList<long> titleIds, CancellationToken ct = default);

    /// <param name="vector">A unit-length query vector of the index's dimension.</param>
    Task<IReadOnlyList<ScoredTitle>> SearchAsync(ReadOnlyMemory<float> vector, SearchFilter filter, int limit, CancellationToken ct = default);
}

/// <summary>A title's unit-length embedding with the facts filters test.</summary>
public sealed record VectorRecord(SearchDocument Document, ReadOnlyMemory<float> Vector);
