using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;

namespace Catalog.Search.Searching;

/// <summary>
/// Which parts run: one retriever alone on the raw text, both fused on the raw text, or the full
/// product (understanding, filters, fusion, relaxation).
/// </summary>
public enum SearchMode
{
    Lexical,
    Vector,
    Hybrid,
    Full,
}

public sealed record SearchRequest(string Text, SearchMode Mode = SearchMode.Full, int Limit = 20)
{
    /// <summary>Keys of intent chips the viewer removed (<see cref="IntentChips"/>).</summary>
    public IReadOnlyCollection<string> RemovedChips { get; init; } = [];

    /// <summary>
    /// Filters the viewer set for themselves (decade, genre, kind, AI use): applied with the
    /// query's own and never loosened by relaxation.
    /// </summary>
    public SearchFilter ViewerFilter { get; init; } = SearchFilter.None;

    /// <summary>False for searches the viewer did not type or say (curated rows, the next page of a shown search).</summary>
    public bool Logged { get; init; } = true;

    /// <summary>Typed or spoken, for the query log.</summary>
    public string Source { get; init; } = "text";

    /// <summary>
    /// Stages that ran before the search (a voice query's decode and transcribe), in milliseconds:
    /// they join the response's timings and its total, so the query log holds the whole path.
    /// </summary>
    public IReadOnlyDictionary<string, double> PrecedingStagesMs { get; init; } = new Dictionary<string, double>();
}

public sealed record SearchResult(
    long TitleId, string Title, int? Year, TitleKind Kind, string? PrimaryGenre, bool HasAiDisclosure, string Source, string SourceId, double Score)
{
    /// <summary>
    /// The sentences of the synopsis that matched, for the page to quote: the passage dense
    /// retrieval scored the title by, else the one holding most of the query's distinctive words;
    /// null when the filters alone found the title.
    /// </summary>
    public string? Passage { get; init; }

    /// <summary>Where the query's distinctive words stand in <see cref="Passage"/>, in order, for the page to mark.</summary>
    public IReadOnlyList<TextSpan> PassageHighlights { get; init; } = [];

    /// <summary>The result as the pages draw it: a poster card.</summary>
    public TitleCard ToCard() => new(TitleId, Title, Year, Kind, PrimaryGenre, HasAiDisclosure);
}

public sealed record SearchResponse
{
    public required string Query { get; init; }
    public required SearchMode Mode { get; init; }
    public QueryIntent? Intent { get; init; }

    public IReadOnlyList<IntentChip> Chips { get; init; } = [];
    public IReadOnlyList<SearchResult> Results { get; init; } = [];

    /// <summary>Filters that were loosened because nothing matched them all, in the order they were loosened.</summary>
    public IReadOnlyList<string> Relaxed { get; init; } = [];

    /// <summary>Milliseconds per stage: understand, embed, lexical, vector, fuse, hydrate, total.</summary>
    public IReadOnlyDictionary<string, double> TimingsMs { get; init; } = new Dictionary<string, double>();
}

/// <summary>How lexical and dense rankings are merged.</summary>
public enum FusionMethod
{
    ZScore,
    ReciprocalRank,
}
