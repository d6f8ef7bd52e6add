using Bunit;
using Catalog.Core.Titles;
using Catalog.Search.Searching;
using Catalog.Search.Understanding;
using Catalog.Web.Components.Shared;
using Catalog.Web.Viewer;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests.Components;

/// <summary>The "More like this" row in each of its states, rendered with bUnit over a source the test controls.</summary>
public sealed class MoreLikeThisRowTests : IDisposable
{
    private readonly BunitContext _context = new();
    private readonly ControlledSource _source = new();

    public MoreLikeThisRowTests() => _context.Services.AddSingleton<ISimilarTitlesSource>(_source);

    public void Dispose() => _context.Dispose();

    private static SearchResult Result(long id, string title, bool ai = false) =>
        new(id, title, 1986, TitleKind.Movie, "Science Fiction", ai, "test", title, 1.0);

    private IRenderedComponent<MoreLikeThisRow> Render(ViewerFilters? filters = null) =>
        _context.Render<MoreLikeThisRow>(p => p.Add(r => r.TitleId, 7).Add(r => r.Filters, filters ?? ViewerFilters.None));

    [Fact]
    public void While_loading_it_says_so_and_is_marked_busy_then_shows_the_titles()
    {
        var row = Render();

        Assert.Equal("Finding similar titles…", row.Find("[role=status]").TextContent);
        Assert.Equal("true", row.Find("section").GetAttribute("aria-busy"));
        Assert.Empty(row.FindAll("a.card"));

        _source.Answer.SetResult(new SimilarTitlesResult([Result(1, "Aliens", ai: true), Result(2, "They Live")], "vector"));

        row.WaitForAssertion(() => Assert.Equal(2, row.FindAll("a.card").Count));
        Assert.Equal("false", row.Find("section").GetAttribute("aria-busy"));
        Assert.Equal("/title/1", row.FindAll("a.card")[0].GetAttribute("href"));
        Assert.Single(row.FindAll(".ai-badge"));
        Assert.Empty(row.FindAll("[role=status]"));
        Assert.Equal((7L, ViewerFilters.None, MoreLikeThisRow.Size), _source.Asked);
    }

    [Fact]
    public void With_nothing_similar_it_says_why_depending_on_the_viewers_filters()
    {
        _source.Answer.SetResult(new SimilarTitlesResult([], "vector"));

        var plain = Render();
        var filtered = Render(new ViewerFilters { Ai = AiUseFilter.WithoutAi });

        Assert.Equal("Nothing similar in the catalog yet.", plain.Find(".row-message").TextContent);
        Assert.Equal("Nothing similar passes your filters.", filtered.Find(".row-message").TextContent);
        Assert.Equal(AiUseFilter.WithoutAi, _source.Asked.Filters.Ai);
    }

    [Fact]
    public void When_the_source_fails_it_shows_an_alert_instead_of_breaking_the_page()
    {
        _source.Answer.SetException(new InvalidOperationException("Search is not started yet."));

        var row = Render();

        Assert.Equal("Similar titles could not be loaded just now. Reload the page to try again.", row.Find("[role=alert]").TextContent);
        Assert.Empty(row.FindAll("a.card"));
        Assert.Equal("false", row.Find("section").GetAttribute("aria-busy"));
    }

    private sealed class ControlledSource : ISimilarTitlesSource
    {
        public TaskCompletionSource<SimilarTitlesResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public (long TitleId, ViewerFilters Filters, int Limit) Asked { get; private set; }

        public Task<SimilarTitlesResult> FindAsync(long titleId, ViewerFilters filters, int limit, CancellationToken ct = default)
        {
            Asked = (titleId, filters, limit);
            return Answer.Task;
        }
    }
}
