using Catalog.Core.Titles;
using Catalog.Search.Understanding;

namespace Catalog.Search.Tests.Understanding;

/// <summary>How a transcript's hesitations, spoken "like"s and wake words are set aside wherever they stand.</summary>
public sealed class SpokenHesitationTests
{
    private readonly QueryParser _parser = TestLexicon.CreateParser();

    [Theory]
    [InlineData("um like uh can you find me some like scary movies from the uh eighties")]
    [InlineData("Um, so, like, find me scary movies from the eighties.")]
    [InlineData("like can you like find me scary movies from the eighties")]
    [InlineData("hmm let me think uhh scary movies from the eighties")]
    [InlineData("umm i dunno scary movies from the erm eighties")]
    [InlineData("hey google play some scary movies from the eighties")]
    public void A_transcript_full_of_hesitations_reads_as_the_request_inside_it(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Equal((1980, 1989), (intent.Years?.From, intent.Years?.To));
        Assert.Equal(["Horror"], intent.Genres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("um like the matrix", 101L)]
    [InlineData("like find me guilty", 118L)] // A title that begins like a request.
    public void A_like_before_a_title_is_still_more_like_that_title(string query, long titleId) =>
        Assert.Equal(titleId, _parser.Parse(query).Like?.Id);

    [Fact]
    public void A_name_that_is_also_a_wake_word_is_a_name() =>
        Assert.Equal([54L], _parser.Parse("alexa vega movies").People.Select(p => p.PersonId));

    [Fact]
    public void W_slash_o_says_without() =>
        Assert.Equal([9L], _parser.Parse("90s movies w/o brad pitt").ExcludedPeople.Select(p => p.PersonId));

    [Fact]
    public void Hesitations_inside_words_are_left_alone() =>
        Assert.Equal("drummer in a humid summer with umbrellas", _parser.Parse("a drummer in a humid summer with umbrellas").Residue);

    [Theory]
    [InlineData("90s movies w/ brad pitt")]
    [InlineData("90s flicks w brad pitt")]
    public void W_slash_says_with(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([(9L, (CreditRole?)CreditRole.Actor)], intent.People.Select(p => (p.PersonId, p.Role)));
        Assert.Equal(string.Empty, intent.Residue);
    }
}
