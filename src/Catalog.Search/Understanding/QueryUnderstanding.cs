using Npgsql;

namespace Catalog.Search.Understanding;

/// <summary>
/// The running query understanding: the lexicon loaded from the catalog and the parser over it.
/// <see cref="ReloadAsync"/> swaps in a fresh lexicon after catalog changes (new people, synonyms).
/// </summary>
public sealed class QueryUnderstanding(NpgsqlDataSource dataSource, TimeProvider time)
{
    private QueryParser? _parser;
    private CatalogLexicon? _lexicon;

    public bool IsLoaded => _parser is not null;

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        var lexicon = await new CatalogLexiconLoader(dataSource).LoadAsync(ct);
        (_parser, _lexicon) = (new QueryParser(lexicon, time), lexicon);
    }

    /// <summary>A genre a viewer picked by slug (their own filter), with its narrower genres; null for an unknown slug.</summary>
    public GenreRequirement? GenreForSlug(string slug) =>
        (_lexicon ?? throw new InvalidOperationException("Query understanding is not loaded yet.")).Genres.RequirementForSlug(slug);

    /// <summary>The loaded lexicon, for understanding by other means (a chat model) against the same catalog.</summary>
    internal CatalogLexicon Lexicon => _lexicon ?? throw new InvalidOperationException("Query understanding is not loaded yet.");

    public QueryIntent Understand(string text) =>
        (_parser ?? throw new InvalidOperationException("Query understanding is not loaded yet.")).Parse(text);
}
