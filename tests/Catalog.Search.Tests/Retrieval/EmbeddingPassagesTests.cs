using Catalog.Search.Retrieval;
using static Catalog.Search.Tests.SearchDocuments;

namespace Catalog.Search.Tests.Retrieval;

public sealed class EmbeddingPassagesTests
{
    private static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count));

    [Fact]
    public void Sentences_are_grouped_into_passages_of_at_most_sixty_words_the_first_headed_by_the_titles_facts()
    {
        // 20 + 30 words fit together; the third sentence (20 more) would pass 60 and opens a new passage.
        var first = Words("alpha", 19) + " end.";
        var second = "Then " + Words("beta", 28) + " end.";
        var third = "Later " + Words("gamma", 18) + " end.";
        var document = Doc(1, 1990, [Comedy], synopsis: $"{first} {second} {third}");

        var passages = EmbeddingPassages.For(document);

        Assert.Equal([$"Title 1 (1990). Genre 4. {first} {second}", $"Title 1. {third}"], passages);
    }

    [Fact]
    public void Initials_and_titles_of_address_do_not_end_a_sentence()
    {
        var synopsis = "Dr. No is played by J. R. Smith in St. Louis. Then " + Words("word", 58) + ". Mr. Jones leaves.";
        var passages = EmbeddingPassages.For(Doc(1, 1962, [SciFi], synopsis: synopsis));

        // Split only where a sentence ends: after "Louis." and after the 59 words.
        Assert.Equal(3, passages.Count);
        Assert.Equal("Title 1 (1962). Genre 3. Dr. No is played by J. R. Smith in St. Louis.", passages[0]);
        Assert.Equal("Title 1. Mr. Jones leaves.", passages[2]);
    }

    [Fact]
    public void A_title_without_a_synopsis_is_embedded_by_its_title_year_and_genres()
    {
        Assert.Equal(["Title 1 (1984). Genre 3, Genre 1."], EmbeddingPassages.For(Doc(1, 1984, [SciFi, Horror])));
        Assert.Equal(["Title 2 (2001)."], EmbeddingPassages.For(Doc(2, 2001, [], synopsis: "  ")));
    }

    [Fact]
    public void A_very_long_synopsis_keeps_every_word_in_at_most_the_passage_limit()
    {
        var sentences = Enumerable.Range(0, EmbeddingPassages.MaxPassages * 2).Select(i => $"Sentence {i} " + Words("word", 50) + ".").ToList();
        var passages = EmbeddingPassages.For(Doc(1, 2000, [], synopsis: string.Join(' ', sentences)));

        Assert.Equal(EmbeddingPassages.MaxPassages, passages.Count);
        Assert.StartsWith("Title 1 (2000). Sentence 0 ", passages[0]);
        Assert.All(passages.Skip(1), p => Assert.StartsWith("Title 1. Sentence ", p));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', passages.Select((p, i) => p[(i == 0 ? "Title 1 (2000). " : "Title 1. ").Length..])));
    }

    [Fact]
    public void One_sentence_longer_than_a_passage_stays_whole()
    {
        var sentence = "It " + Words("runs", 100) + ".";
        Assert.Equal([$"Title 1 (2000). {sentence}"], EmbeddingPassages.For(Doc(1, 2000, [], synopsis: sentence)));
    }

    [Fact]
    public void A_passages_story_is_its_text_without_the_heading()
    {
        var first = Words("alpha", 19) + " end.";
        var second = "Then " + Words("beta", 28) + " end.";
        var third = "Later " + Words("gamma", 18) + " end.";

        Assert.Equal([$"{first} {second}", third], EmbeddingPassages.Stories($"{first} {second} {third}"));
        Assert.Empty(EmbeddingPassages.Stories(null));
        Assert.Empty(EmbeddingPassages.Stories("  "));
    }
}
