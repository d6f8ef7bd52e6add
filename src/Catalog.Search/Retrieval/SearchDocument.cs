using Catalog.Core.Titles;

namespace Catalog.Search.Retrieval;

/// <summary>A title as the retrievers index it: its text and the facts that filters test.</summary>
public sealed record SearchDocument
{
    public required long TitleId { get; init; }
    public required TitleKind Kind { get; init; }
    public required string Title { get; init; }
    public string? OriginalTitle { get; init; }
    public int? Year { get; init; }
    public string? Synopsis { get; init; }
    public IReadOnlyList<int> GenreIds { get; init; } = [];
    public IReadOnlyList<string> GenreNames { get; init; } = [];
    public IReadOnlyList<SearchCredit> Credits { get; init; } = [];
    public bool HasAiDisclosure { get; init; }

    /// <summary>Actors credited at which a title counts as fully documented: the catalog's top tenth has 7 or more.</summary>
    public const int ProminentCastSize = 10;

    /// <summary>Synopsis words at which a title counts as fully documented: the top tenth has 91 or more, the median 48.</summary>
    public const int ProminentSynopsisWords = 110;

    /// <summary>
    /// How well-known the title is likely to be, from 0 to 1, for want of viewing figures: well-known
    /// titles have long cast lists and long synopses, obscure ones two names and a sentence. Half
    /// comes from each, each growing linearly to its cap. It breaks near-ties in ranking, so that a
    /// half-remembered plot finds the famous film before the obscure one with the same words.
    /// </summary>
    public double Prominence
    {
        get
        {
            var actors = Credits.Count(c => c.Role == CreditRole.Actor);
            var words = Synopsis is null ? 0 : Synopsis.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            return 0.5 * Math.Min(1.0, (double)actors / ProminentCastSize) + 0.5 * Math.Min(1.0, (double)words / ProminentSynopsisWords);
        }
    }

    /// <summary>"Title (year). Genres. Synopsis": the title in words, for a lexical "more like this". A dense model embeds <see cref="EmbeddingPassages"/> instead.</summary>
    public string SummaryText =>
        $"{Title}{(Year is { } y ? $" ({y})" : string.Empty)}. {string.Join(", ", GenreNames)}. {Synopsis}".Trim();
}

public sealed record SearchCredit(long PersonId, string Name, CreditRole Role);

/// <summary>
/// One retriever's answer: a title and its score (higher is better; scales differ between
/// retrievers), and for dense retrieval which of its <see cref="EmbeddingPassages"/> scored, so the
/// page can show the words that matched; null where the retriever matches the title as a whole.
/// </summary>
public readonly record struct ScoredTitle(long TitleId, double Score, int? Passage = null);
