using Catalog.Search.Lexical;
using Catalog.Search.Retrieval;
using static Catalog.Search.Tests.SearchDocuments;

namespace Catalog.Search.Tests.Lexical;

/// <summary>Which passage a title found by its words quotes: the one with most of the query's distinctive words.</summary>
public sealed class WordMatchQuoterTests : IDisposable
{
    // 27 words, then 40 more (over the 60-word passage limit, so a second passage), then the ending.
    private const string Opening = "Titanic is a 1997 film directed by James Cameron. A young aristocrat falls in love with a poor artist aboard a liner that strikes an iceberg.";
    private static readonly string Middle = "Afterwards " + string.Join(' ', Enumerable.Repeat("many", 38)) + " passengers.";
    private const string Ending = "The survivors are rescued by the Carpathia.";
    private static readonly string Synopsis = $"{Opening} {Middle} {Ending}";

    private readonly LuceneTitleIndex _index = new();

    public WordMatchQuoterTests()
    {
        // "film" and "dog" are in most titles, so they say nothing about why one matched.
        _index.Upsert(Enumerable.Range(2, 11).Select(id => Doc(id, 1990, [Comedy], synopsis: $"A comedy film number {id} about a dog.")));
        _index.Upsert([Doc(1, 1997, [Comedy], synopsis: Synopsis)]);
    }

    public void Dispose() => _index.Dispose();

    private string? Quote(string query) =>
        new WordMatchQuoter(_index).For(query).BestPassage(EmbeddingPassages.Stories(Synopsis)) is { } passage ? EmbeddingPassages.Stories(Synopsis)[passage] : null;

    [Fact]
    public void The_passage_with_most_of_the_querys_distinctive_words_is_quoted()
    {
        Assert.Equal([Opening, $"{Middle} {Ending}"], EmbeddingPassages.Stories(Synopsis));

        Assert.Equal($"{Middle} {Ending}", Quote("survivors rescued by the carpathia"));
        Assert.Equal(Opening, Quote("the iceberg film by cameron"));
        // One distinctive word each: the earlier passage wins the tie.
        Assert.Equal(Opening, Quote("iceberg carpathia"));
    }

    [Fact]
    public void Words_most_titles_hold_and_stop_words_quote_nothing()
    {
        var words = new WordMatchQuoter(_index).For("the film about a dog");

        Assert.Empty(words.Terms);
        Assert.True(words.IsEmpty);
        Assert.Null(words.BestPassage(EmbeddingPassages.Stories(Synopsis)));
        Assert.Equal(["iceberg"], new WordMatchQuoter(_index).For("film iceberg").Terms);
    }

    [Fact]
    public void No_text_or_no_synopsis_or_no_shared_word_quotes_nothing()
    {
        Assert.Null(new WordMatchQuoter(_index).For("  ").BestPassage(EmbeddingPassages.Stories(Synopsis)));
        Assert.Null(new WordMatchQuoter(_index).For("iceberg").BestPassage(EmbeddingPassages.Stories(null)));
        Assert.Null(new WordMatchQuoter(_index).For("iceberg").BestPassage(["A story without the word."]));
    }

    [Fact]
    public void The_querys_distinctive_words_are_located_in_the_passage_whatever_their_form()
    {
        var words = new WordMatchQuoter(_index).For("film about icebergs and cameron");

        var spans = words.Highlights(Opening);

        // "Icebergs" meets "iceberg" by its stem; "film" is in every title and is not marked.
        Assert.Equal(["Cameron", "iceberg"], spans.Select(s => Opening.Substring(s.Start, s.Length)));
        Assert.Empty(DistinctiveWords.None.Highlights(Opening));
    }
}
