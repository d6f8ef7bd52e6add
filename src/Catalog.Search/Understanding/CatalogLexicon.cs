namespace Catalog.Search.Understanding;

/// <summary>Everything query understanding looks words up in, loaded from the catalog.</summary>
public sealed record CatalogLexicon(GenreLexicon Genres, PersonIndex People, TitleIndex Titles);
