using Catalog.Core.Titles;
using Catalog.Search.Understanding;
using Catalog.Web.Viewer;

namespace Catalog.Web.Tests;

public sealed class ViewerFiltersParsingTests
{
    [Fact]
    public void The_stored_form_round_trips()
    {
        var filters = new ViewerFilters { Decade = 1980, Genre = "science-fiction", Kind = TitleKind.Series, Ai = AiUseFilter.WithoutAi };

        Assert.Equal("decade=1980&genre=science-fiction&kind=series&ai=hide", filters.Format());
        Assert.Equal(filters, ViewerFilters.Parse(filters.Format()));
        Assert.Equal(string.Empty, ViewerFilters.None.Format());
    }

    [Fact]
    public void Parts_that_do_not_parse_are_dropped_and_the_rest_kept()
    {
        var filters = ViewerFilters.Parse("decade=1985&genre=horror&kind=podcast&ai=only&extra=1");

        Assert.Equal(new ViewerFilters { Genre = "horror", Ai = AiUseFilter.OnlyWithAi }, filters);
        Assert.True(ViewerFilters.Parse("garbage;;==").IsEmpty);
    }

    [Fact]
    public void A_decade_becomes_ten_years_for_the_rows_and_search()
    {
        var card = new ViewerFilters { Decade = 1990, Ai = AiUseFilter.OnlyWithAi }.ToCardFilter();

        Assert.Equal((1990, 1999, true), (card.FromYear, card.ToYear, card.WithAi));
        Assert.Equal([2020, 2010, 2000], ViewerFilters.Decades(2026).Take(3));
        Assert.Equal(1900, ViewerFilters.Decades(2026).Last());
    }
}
