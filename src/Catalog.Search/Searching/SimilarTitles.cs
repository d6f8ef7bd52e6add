using Catalog.Search.Lexical;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using Catalog.Search.Vector;

namespace Catalog.Search.Searching;

/// <summary>Titles like one title, for its page's "More like this" row; which retriever answered is part of the answer.</summary>
public sealed record SimilarTitlesResult(IReadOnlyList<SearchResult> Titles, string Retriever);

/// <summary>
/// "More like this": the nearest titles to a title's own stored vector, under the viewer's filters.
/// A title without a vector (no embeddings yet, or one not embedded yet) falls back to its words
/// ranked by BM25, with its genres and years as soft hints, so the row is never missing.
/// </summary>
public sealed class SimilarTitles(SearchDocumentLoader documents, ILexicalSearch lexical, VectorRetrieval? vector, SearchHydrator hydrator)
{
    /// <summary>The title, genre and first synopsis words are enough to find its neighbours and keep the lexical query small.</summary>
    public const int LexicalWords = 40;

    /// <summary>Years either side of the title's own that lift a lexical neighbour.</summary>
    public const int NearYears = 10;

    public async Task<SimilarTitlesResult> FindAsync(long titleId, SearchFilter filter, int limit, CancellationToken ct = default)
    {
        var (ranked, retriever) = await FromVectorAsync(titleId, filter, limit, ct) is { } dense
            ? (dense, "vector")
            : (await FromWordsAsync(titleId, filter, limit, ct), "lexical");
        var others = ranked.Where(r => r.TitleId != titleId).Take(limit).ToList();
        return new SimilarTitlesResult(await hydrator.HydrateAsync(others, DistinctiveWords.None, ct), retriever);
    }

    private async Task<IReadOnlyList<ScoredTitle>?> FromVectorAsync(long titleId, SearchFilter filter, int limit, CancellationToken ct)
    {
        if (vector is null || await vector.TitleVectorAsync(titleId, ct) is not { } own)
        {
            return null;
        }

        return await vector.SearchAsync(own, filter, limit + 1, ct);
    }

    private async Task<IReadOnlyList<ScoredTitle>> FromWordsAsync(long titleId, SearchFilter filter, int limit, CancellationToken ct)
    {
        var document = (await documents.LoadAsync([titleId], ct)).FirstOrDefault();
        if (document is null)
        {
            return [];
        }

        var words = document.SummaryText.Split((char[]?)null, LexicalWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var query = new LexicalQuery(string.Join(' ', words.Take(LexicalWords)), filter)
        {
            PreferredGenreIds = document.GenreIds,
            PreferredYears = document.Year is { } year ? new YearRange(year - NearYears, year + NearYears, "near") : null,
        };
        return await lexical.SearchAsync(query, limit + 1, ct);
    }
}
