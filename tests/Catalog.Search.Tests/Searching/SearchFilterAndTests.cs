using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;

namespace Catalog.Search.Tests.Searching;

public sealed class SearchFilterAndTests
{
    private static readonly GenreRequirement Horror = new("Horror", [7, 8], ["Horror", "Slasher"]);
    private static readonly GenreRequirement Comedy = new("Comedy", [3], ["Comedy"]);

    [Fact]
    public void Year_ranges_overlap_and_everything_else_adds_up()
    {
        var query = new SearchFilter { Years = new YearRange(1980, 1989, "1980s"), Genres = [Horror], Kind = TitleKind.Movie };
        var viewer = new SearchFilter { Years = new YearRange(1985, null, "since 1985"), Genres = [Comedy], AiUse = AiUseFilter.WithoutAi };

        var both = query.And(viewer)!;

        Assert.Equal((1985, 1989), (both.Years!.From, both.Years.To));
        Assert.Equal("1980s", both.Years.Label);
        Assert.Equal([Horror, Comedy], both.Genres);
        Assert.Equal(TitleKind.Movie, both.Kind);
        Assert.Equal(AiUseFilter.WithoutAi, both.AiUse);
    }

    [Fact]
    public void An_empty_side_changes_nothing()
    {
        var query = new SearchFilter { Years = new YearRange(null, 1960, "before 1960") };

        Assert.Same(query, query.And(SearchFilter.None));
        Assert.Equal(query.Years, SearchFilter.None.And(query)!.Years);
    }

    [Fact]
    public void Alternative_people_stay_alternatives_beside_filters_that_name_no_one()
    {
        PersonRequirement karloff = new(7, "Boris Karloff", null), lugosi = new(8, "Bela Lugosi", null), price = new(9, "Vincent Price", null);
        var either = new SearchFilter { People = [karloff, lugosi], AnyPerson = true };

        var withGenre = either.And(new SearchFilter { Genres = [Horror] })!;
        var withPerson = either.And(new SearchFilter { People = [price] })!;

        Assert.True(withGenre.AnyPerson);
        Assert.Equal([karloff, lugosi], withGenre.People);
        // Two kinds of people requirement cannot be held at once: all are then required, the narrower reading.
        Assert.False(withPerson.AnyPerson);
        Assert.Equal([karloff, lugosi, price], withPerson.People);
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("ai")]
    [InlineData("years")]
    public void Filters_that_cannot_both_hold_give_null(string clash)
    {
        var (a, b) = clash switch
        {
            "kind" => (new SearchFilter { Kind = TitleKind.Movie }, new SearchFilter { Kind = TitleKind.Series }),
            "ai" => (new SearchFilter { AiUse = AiUseFilter.OnlyWithAi }, new SearchFilter { AiUse = AiUseFilter.WithoutAi }),
            _ => (new SearchFilter { Years = new YearRange(1980, 1989, "1980s") }, new SearchFilter { Years = new YearRange(1990, 1999, "1990s") }),
        };

        Assert.Null(a.And(b));
        Assert.Null(b.And(a));
    }
}
