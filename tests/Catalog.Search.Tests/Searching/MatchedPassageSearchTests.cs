using Catalog.Core.Titles;
using Catalog.Search.Embeddings;
using Catalog.Search.Searching;
using Catalog.Testing;

namespace Catalog.Search.Tests.Searching;

/// <summary>Results quote the synopsis passage that a dense search matched: real database, real model, reindex's path.</summary>
public sealed class MatchedPassageSearchTests(PostgresFixture postgres)
{
    // The story is the second passage: the first sentence (credits, over 60 words) fills a passage of its own.
    private const string Credits =
        "Titanic is a 1997 American epic romance and disaster film directed, written, produced and co-edited by James Cameron, " +
        "starring Leonardo DiCaprio and Kate Winslet, with Billy Zane, Kathy Bates, Frances Fisher, Gloria Stuart, Bill Paxton " +
        "and Bernard Hill in supporting roles, released by Paramount Pictures and Twentieth Century Fox in the United States and " +
        "in other markets after a production that ran far over its budget.";

    private const string Story = "A young aristocrat falls in love with a poor artist aboard the luxury liner, which strikes an iceberg and sinks.";

    private static readonly TitleRecord[] Catalog =
    [
        SearchCatalogs.Film("Titanic_(1997_film)", "Titanic", 1997, ["Romance", "Drama"], $"{Credits} {Story}"),
        SearchCatalogs.Film("Heat_(1995_film)", "Heat", 1995, ["Crime", "Thriller"], "A detective chases a crew of bank robbers in Los Angeles."),
        SearchCatalogs.Film("Alien_(film)", "Alien", 1979, ["Science Fiction", "Horror"], "The crew of a space freighter is hunted by an alien creature."),
        SearchCatalogs.Film("Notting_Hill_(film)", "Notting Hill", 1999, ["Romance", "Comedy"], "A London bookseller falls in love with a famous actress."),
    ];

    [Fact]
    public async Task A_result_quotes_the_passage_that_matched_its_meaning_or_its_words_and_one_found_by_filters_quotes_none()
    {
        using var generator = new OnnxSentenceEmbeddingGenerator(new EmbeddingOptions());
        var (db, runtime) = await SearchCatalogs.StartWithVectorsAsync(postgres, Catalog, generator);
        await using var _ = db;
        using var __ = runtime;

        var described = await runtime.Search.SearchAsync(new SearchRequest("rich girl and a penniless painter fall for each other on a ship that hits ice"));
        var byStoryWords = await runtime.Search.SearchAsync(new SearchRequest("aristocrat iceberg", SearchMode.Lexical));
        var byCreditWords = await runtime.Search.SearchAsync(new SearchRequest("Paramount budget", SearchMode.Lexical));
        var filtersOnly = await runtime.Search.SearchAsync(new SearchRequest("90s thrillers"));

        Assert.Equal("Titanic_(1997_film)", described.Results[0].SourceId);
        Assert.Equal(Story, described.Results[0].Passage);
        // Found by its words alone: the passage that holds them is quoted.
        Assert.Equal(Story, Assert.Single(byStoryWords.Results).Passage);
        Assert.Equal(["aristocrat", "iceberg"], byStoryWords.Results[0].PassageHighlights.Select(h => Story.Substring(h.Start, h.Length)));
        Assert.Equal(Credits, Assert.Single(byCreditWords.Results).Passage);
        Assert.Equal("Heat_(1995_film)", Assert.Single(filtersOnly.Results).SourceId);
        Assert.Null(filtersOnly.Results[0].Passage);
    }
}
