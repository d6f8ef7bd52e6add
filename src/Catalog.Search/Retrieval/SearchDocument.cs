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

    /// <summary>The text a dense model embeds: "Title (year). Genres. Synopsis".</summary>
    public string EmbeddingText =>
        $"{Title}{(Year is { } y ? $" ({y})" : string.Empty)}. {string.Join(", ", GenreNames)}. {Synopsis}".Trim();
}

public sealed record SearchCredit(long PersonId, string Name, CreditRole Role);

/// <summary>One retriever's answer: a title and its score (higher is better; scales differ between retrievers).</summary>
public readonly record struct ScoredTitle(long TitleId, double Score);
