using Bunit;
using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Understanding;
using Catalog.Web.Components.Shared;
using Catalog.Web.Viewer;

namespace Catalog.Web.Tests.Components;

public sealed class ViewerFilterBarTests : IDisposable
{
    private readonly BunitContext _context = new();

    public void Dispose() => _context.Dispose();

    private static readonly GenreRef[] Genres = [new("Comedy", "comedy"), new("Horror", "horror")];

    private IRenderedComponent<ViewerFilterBar> Render(ViewerFilters filters) =>
        _context.Render<ViewerFilterBar>(p => p.Add(b => b.Filters, filters).Add(b => b.Genres, Genres).Add(b => b.ReturnUrl, "/search?q=x"));

    [Fact]
    public void The_set_filters_are_selected_summarised_and_can_be_cleared()
    {
        var bar = Render(new ViewerFilters { Decade = 1980, Genre = "horror", Kind = TitleKind.Series, Ai = AiUseFilter.OnlyWithAi });

        Assert.Equal(": 1980s · Horror · Series only · Only titles made with AI", bar.Find(".filter-summary").TextContent);
        Assert.Equal("1980", bar.Find("select[name=decade] option[selected]").GetAttribute("value"));
        Assert.Equal("horror", bar.Find("select[name=genre] option[selected]").GetAttribute("value"));
        Assert.Equal("series", bar.Find("select[name=kind] option[selected]").GetAttribute("value"));
        Assert.Equal("only", bar.Find("select[name=ai] option[selected]").GetAttribute("value"));
        Assert.Equal("/search?q=x", bar.Find("input[name=returnUrl]").GetAttribute("value"));
        Assert.Equal("/viewer/filters", bar.Find("form").GetAttribute("action"));
        Assert.NotNull(bar.Find("button[name=clear]"));
    }

    [Fact]
    public void Without_filters_everything_is_any_and_there_is_nothing_to_clear()
    {
        var bar = Render(ViewerFilters.None);

        Assert.Equal(": none", bar.Find(".filter-summary").TextContent);
        Assert.Equal(string.Empty, bar.Find("select[name=decade] option[selected]").GetAttribute("value"));
        Assert.Equal("any", bar.Find("select[name=ai] option[selected]").GetAttribute("value"));
        Assert.Empty(bar.FindAll("button[name=clear]"));
        // Every control has a visible label.
        Assert.All(bar.FindAll("select"), s => Assert.Equal("LABEL", s.ParentElement!.TagName));
    }
}
