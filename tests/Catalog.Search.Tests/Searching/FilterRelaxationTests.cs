using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Searching;
using Catalog.Search.Understanding;
using static Catalog.Search.Tests.SearchDocuments;

namespace Catalog.Search.Tests.Searching;

public sealed class FilterRelaxationTests
{
    [Fact]
    public void Filters_loosen_years_then_kind_then_genres_from_the_last_then_people_and_never_ai_use()
    {
        var filter = new SearchFilter
        {
            Years = new YearRange(1980, 1989, "1980s"),
            Kind = TitleKind.Series,
            Genres = [Genre("Horror", Horror), Genre("Comedy", Comedy)],
            People = [new PersonRequirement(7, "Tom Hanks", null)],
            AiUse = AiUseFilter.WithoutAi,
        };

        var steps = FilterRelaxation.Steps(filter).ToList();

        Assert.Equal(["years (1980s)", "kind (series)", "genre (Comedy)", "genre (Horror)", "person (Tom Hanks)"], steps.Select(s => s.What));
        Assert.Equal(["Horror"], steps[2].Filter.Genres.Select(g => g.Label));
        Assert.All(steps, s => Assert.Equal(AiUseFilter.WithoutAi, s.Filter.AiUse));
        Assert.True(steps[^1].Filter with { AiUse = AiUseFilter.Any } is { IsEmpty: true });
    }

    [Fact]
    public void Alternative_people_are_loosened_together_since_dropping_one_would_narrow_the_filter()
    {
        var filter = new SearchFilter
        {
            Genres = [Genre("Horror", Horror)],
            People = [new PersonRequirement(7, "Boris Karloff", null), new PersonRequirement(8, "Bela Lugosi", null)],
            AnyPerson = true,
        };

        var steps = FilterRelaxation.Steps(filter).ToList();

        Assert.Equal(["genre (Horror)", "person (Boris Karloff or Bela Lugosi)"], steps.Select(s => s.What));
        Assert.True(steps[0].Filter.AnyPerson);
        Assert.True(steps[^1].Filter.IsEmpty);
    }

    [Fact]
    public void Genres_and_people_ruled_out_are_never_loosened()
    {
        var filter = new SearchFilter
        {
            Genres = [Genre("Comedy", Comedy)],
            ExcludedGenres = [Genre("Horror", Horror, Slasher)],
            ExcludedPeople = [new PersonRequirement(7, "Adam Sandler", null)],
        };

        var steps = FilterRelaxation.Steps(filter).ToList();

        Assert.Equal(["genre (Comedy)"], steps.Select(s => s.What));
        Assert.Equal(["Horror"], steps[0].Filter.ExcludedGenres.Select(g => g.Label));
        Assert.Equal([7L], steps[0].Filter.ExcludedPeople.Select(p => p.PersonId));
    }

    [Theory]
    [InlineData(1987, 1989, "late 1980s", "years (late 1980s widened to the 1980s)", 1980)]
    [InlineData(1950, 1950, "1950", "years (1950 widened to the 1950s)", 1950)]
    public void Part_of_a_decade_is_first_widened_to_its_decade(int from, int to, string label, string step, int decade)
    {
        var steps = FilterRelaxation.Steps(new SearchFilter { Years = new YearRange(from, to, label) }).ToList();

        Assert.Equal([step, $"years ({decade}s)"], steps.Select(s => s.What));
        Assert.Equal((decade, decade + 9), (steps[0].Filter.Years!.From, steps[0].Filter.Years!.To));
        Assert.Null(steps[1].Filter.Years);
    }

    [Theory]
    [InlineData(1980, 1989)] // Already a whole decade.
    [InlineData(1960, 1979)]
    [InlineData(1988, 1992)] // Across two decades ("around 1990"): widening would double it.
    [InlineData(1987, 1993)]
    [InlineData(null, 1969)] // Open ranges have nothing to widen to.
    public void Whole_decades_and_open_or_long_ranges_are_dropped_at_once(int? from, int? to)
    {
        var steps = FilterRelaxation.Steps(new SearchFilter { Years = new YearRange(from, to, "said") }).ToList();

        Assert.Equal(["years (said)"], steps.Select(s => s.What));
    }

    [Fact]
    public void Nothing_to_loosen_gives_no_steps() =>
        Assert.Empty(FilterRelaxation.Steps(SearchFilter.None));
}
