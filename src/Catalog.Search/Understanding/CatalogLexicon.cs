namespace Catalog.Search.Understanding;

/// <summary>Everything query understanding looks words up in, loaded from the catalog.</summary>
public sealed record CatalogLexicon(GenreLexicon Genres, PersonIndex People, TitleIndex Titles, CommonWords? Words = null)
{
    public CommonWords Words { get; } = Words ?? CommonWords.None;
}
