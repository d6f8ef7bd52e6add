namespace Catalog.Search.Lexical;

/// <summary>Field names of the Lucene title index.</summary>
internal static class LuceneFields
{
    public const string Id = "id";

    /// <summary>
    /// Everything a title says (title, year, genres, people, plot) in one BM25 field, as in the
    /// reference BM25. Separate, boosted title and people fields were measured and made things
    /// worse: short fields let one-word titles ("Bronson", "Cyborg Cop") beat the right films.
    /// </summary>
    public const string All = "all";

    public const string Year = "year";
    public const string Kind = "kind";
    public const string GenreId = "genre_id";
    public const string PersonId = "person_id";
    public const string ActorId = "actor_id";
    public const string DirectorId = "director_id";
    public const string Ai = "ai";

    /// <summary>Doc values of <see cref="Retrieval.SearchDocument.Prominence"/>: the order of titles that only filters select.</summary>
    public const string Prominence = "prominence";
}
