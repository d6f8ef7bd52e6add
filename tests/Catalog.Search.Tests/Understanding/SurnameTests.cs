using Catalog.Search.Understanding;

namespace Catalog.Search.Tests.Understanding;

/// <summary>Surnames said alone the way people say and type them: shared, run together with their particle, misspelt.</summary>
public sealed class SurnameTests
{
    private readonly QueryParser _parser = TestLexicon.CreateParser();

    [Fact]
    public void A_surname_shared_by_a_few_well_known_people_means_any_of_them()
    {
        var intent = _parser.Parse("ford westerns"); // Harrison Ford (40 credits) and John Ford (35).

        Assert.Equal([13L, 14L], intent.People.Select(p => p.PersonId));
        Assert.True(intent.AnyPerson);
        Assert.Equal(["Western"], intent.Genres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("smith movies")] // Four well-known Smiths: too many to mean any of them.
    [InlineData("ford westerns with a horse")] // Other words: a description, not a name.
    [InlineData("ford and hanks movies")] // Each name said alone must stand out by itself.
    public void A_shared_surname_stays_text_when_too_many_share_it_or_it_is_not_alone(string query)
    {
        var intent = _parser.Parse(query);

        Assert.DoesNotContain(intent.People, p => p.PersonId is 13 or 14 or >= 39);
    }

    [Fact]
    public void Someone_far_less_known_does_not_share_a_surname_read_alone() =>
        Assert.Equal([1L], _parser.Parse("hanks movies").People.Select(p => p.PersonId)); // Colin Hanks has 8 credits to Tom's 60.

    [Theory]
    [InlineData("deniro movies")]
    [InlineData("movies with deniro")]
    public void A_surname_run_together_with_its_particle_is_the_person(string query) =>
        Assert.Equal([27L], _parser.Parse(query).People.Select(p => p.PersonId));

    [Theory]
    [InlineData("schwarzenneger movies", 38L)] // Two typos in fourteen letters.
    [InlineData("schwarzeneger movies", 38L)]
    [InlineData("stalone movies", 11L)] // One typo in a shorter one.
    public void A_long_surname_said_alone_may_be_misspelt(string query, long personId) =>
        Assert.Equal([personId], _parser.Parse(query).People.Select(p => p.PersonId));

    [Theory]
    [InlineData("stalonne movies")] // Two typos in eight letters: too many.
    [InlineData("tchwarzenneger movies")] // The first letter is rarely the one people get wrong.
    public void A_surname_too_far_off_stays_text(string query) =>
        Assert.Empty(_parser.Parse(query).People);

    [Theory]
    [InlineData("marvel movies", "marvel")]
    [InlineData("pixar films with hanks", "pixar")]
    public void A_studio_said_alone_is_the_studio_not_a_person_of_that_name(string query, string residue)
    {
        var intent = _parser.Parse(query);

        Assert.DoesNotContain(intent.People, p => p.PersonId == 43);
        Assert.Equal(residue, intent.Residue);
    }

    [Theory]
    [InlineData("shawn connery movies", 48L)] // A short first name two off, beside a long surname said right.
    [InlineData("ralph fines movies", 49L)] // A surname two off from a credited one of seven letters.
    public void A_full_name_may_be_misspelt_twice_in_one_part(string query, long personId) =>
        Assert.Equal([personId], _parser.Parse(query).People.Select(p => p.PersonId));

    [Theory]
    [InlineData("Hey, Bogie's crime films.", 46L)]
    [InlineData("marky mark movies", 47L)]
    public void A_famous_nickname_is_the_person(string query, long personId)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([personId], intent.People.Select(p => p.PersonId));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Fact]
    public void A_first_name_that_is_also_a_nickname_is_only_a_first_name() =>
        Assert.Empty(_parser.Parse("a leo sayer concert").People);

    [Theory]
    [InlineData("jamie fox dramas", 52L)] // One letter from Jamie Foxx (35 credits); "jamie" is also James, and James Fox has 15.
    [InlineData("jimmy stewart westerns", 34L)] // The nickname alone: James Stewart.
    public void A_name_both_misspelt_and_nicknamed_is_the_better_known_reading(string query, long personId) =>
        Assert.Equal([personId], _parser.Parse(query).People.Select(p => p.PersonId));

    [Theory]
    [InlineData("early kubrick", 1953, 1968, "early Stanley Kubrick (1953–1968)")] // The first third of his credited years, 1953–1999.
    [InlineData("kubrick's later films", 1984, 1999, "late Stanley Kubrick (1984–1999)")]
    [InlineData("late period stanley kubrick", 1984, 1999, "late Stanley Kubrick (1984–1999)")]
    public void A_part_of_a_career_is_the_years_of_it(string query, int from, int to, string label)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([7L], intent.People.Select(p => p.PersonId));
        Assert.Equal(new YearRange(from, to, label), intent.Years);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("early 90s kubrick", 1990, 1993)] // A time said outright wins.
    [InlineData("the late stanley kubrick", null, null)] // One who has died.
    [InlineData("early tom hanks", null, null)] // No credited years known: the word only praises.
    public void A_career_part_gives_way_to_a_said_time_and_needs_known_years(string query, int? from, int? to)
    {
        var intent = _parser.Parse(query);

        Assert.Equal((from, to), (intent.Years?.From, intent.Years?.To));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("mrs robinson")]
    [InlineData("a young man seduced by mrs robinson")]
    public void A_title_before_a_surname_is_no_misspelt_first_name(string query) =>
        Assert.DoesNotContain(_parser.Parse(query).People, p => p.PersonId == 53);
}
