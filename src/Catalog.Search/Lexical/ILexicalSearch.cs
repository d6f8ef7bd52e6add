using Catalog.Search.Retrieval;

namespace Catalog.Search.Lexical;

/// <summary>Keyword retrieval over titles, names and plots, under the hard filters.</summary>
public interface ILexicalSearch
{
    Task<IReadOnlyList<ScoredTitle>> SearchAsync(LexicalQuery query, int limit, CancellationToken ct = default);
}

/// <summary>
/// The words to rank by, the filter every result must pass, and soft hints (genres and years of a
/// descriptive query) that lift matching titles without excluding others.
/// </summary>
public sealed record LexicalQuery(string Text, SearchFilter Filter)
{
    public Understanding.YearRange? PreferredYears { get; init; }

    public IReadOnlyList<int> PreferredGenreIds { get; init; } = [];
}
