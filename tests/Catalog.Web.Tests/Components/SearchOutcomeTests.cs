using Bunit;
using Catalog.Core.Titles;
using Catalog.Data.Titles;
using Catalog.Search.Searching;
using Catalog.Web.Components.Pages.Search;
using Catalog.Web.Search;

namespace Catalog.Web.Tests.Components;

/// <summary>What the search page shows under the box, in each state: searching, failed, nothing found, results.</summary>
public sealed class SearchOutcomeTests : IDisposable
{
    private readonly BunitContext _context = new();

    public void Dispose() => _context.Dispose();

    private static SearchResponse Response(string query, int results, params IntentChip[] chips) => new()
    {
        Query = query,
        Mode = SearchMode.Full,
        Chips = chips,
        Results = Enumerable.Range(1, results)
            .Select(i => new SearchResult(i, $"Title {i}", 1980 + i, TitleKind.Movie, "Drama", false, "test", $"t{i}", 1.0)).ToList(),
    };

    private IRenderedComponent<SearchOutcome> Render(Action<ComponentParameterCollectionBuilder<SearchOutcome>> parameters) =>
        _context.Render<SearchOutcome>(p =>
        {
            p.Add(o => o.RemoveChipHref, key => $"/search?without={key}");
            parameters(p);
        });

    [Fact]
    public void While_searching_it_says_so_and_marks_the_results_busy()
    {
        var outcome = Render(p => p.Add(o => o.Searching, true).Add(o => o.Response, Response("80s", 2)));

        Assert.Equal("Searching…", outcome.Find("[role=status]").TextContent);
        Assert.Equal("true", outcome.Find("#search-results").GetAttribute("aria-busy"));
        Assert.Equal(2, outcome.FindAll(".result-grid a.card").Count);
    }

    [Fact]
    public void An_error_replaces_the_results_with_an_alert()
    {
        var outcome = Render(p => p.Add(o => o.Error, "Search is not available just now.").Add(o => o.Response, Response("80s", 2)));

        Assert.Equal("Search is not available just now.", outcome.Find("[role=alert]").TextContent);
        Assert.Empty(outcome.FindAll(".result-grid"));
        Assert.Equal("false", outcome.Find("#search-results").GetAttribute("aria-busy"));
    }

    [Fact]
    public void Nothing_found_offers_the_chips_to_drop_the_viewers_filters_and_suggestions()
    {
        var chip = new IntentChip("years", "1950", "years");
        var suggestions = new SearchSuggestionSet(["tom hanks"], [new GenreRef("Comedy", "comedy")]);

        var outcome = Render(p => p
            .Add(o => o.Response, Response("westerns from 1950", 0, chip))
            .Add(o => o.Suggestions, suggestions)
            .Add(o => o.ViewerFiltersOn, true));

        Assert.Contains("No titles found for “westerns from 1950”", outcome.Find(".no-results h2").TextContent);
        var links = outcome.FindAll(".no-results a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Search again without “1950”", "/search?without=years"), links);
        Assert.Contains(("change or clear them", "#viewer-filters"), links);
        Assert.Contains(("tom hanks", "/search?q=tom%20hanks"), links);
        Assert.Contains(("Comedy", "/search?q=Comedy"), links);
        Assert.Empty(outcome.FindAll(".show-more"));
    }

    [Fact]
    public void A_full_page_of_results_offers_more_and_asks_for_it()
    {
        var asked = 0;
        var outcome = Render(p => p
            .Add(o => o.Response, Response("drama", 3))
            .Add(o => o.MayHaveMore, true)
            .Add(o => o.OnShowMore, () => asked++));

        Assert.Equal("3+ titles", outcome.Find(".result-count").TextContent);
        outcome.Find(".show-more button").Click();

        Assert.Equal(1, asked);
    }

    [Fact]
    public void A_last_page_offers_nothing_more()
    {
        var outcome = Render(p => p.Add(o => o.Response, Response("drama", 3)));

        Assert.Equal("3 titles", outcome.Find(".result-count").TextContent);
        Assert.Empty(outcome.FindAll(".show-more"));
    }

    [Fact]
    public void A_result_found_by_meaning_quotes_the_passage_that_matched_and_others_quote_nothing()
    {
        var response = Response("rich girl poor painter on a sinking ship", 2);
        const string passage = "A young aristocrat falls in love with a poor artist aboard the liner.";
        // "poor" at 40 and "liner" at 63: the words the query shares with the passage.
        var highlights = new[] { new Catalog.Search.Retrieval.TextSpan(40, 4), new Catalog.Search.Retrieval.TextSpan(63, 5) };
        response = response with { Results = [response.Results[0] with { Passage = passage, PassageHighlights = highlights }, response.Results[1]] };

        var outcome = Render(p => p.Add(o => o.Response, response));

        var items = outcome.FindAll(".result-grid > li");
        var quote = items[0].QuerySelector(".result-passage")!;
        Assert.Equal($"Matched: {passage}", quote.TextContent);
        Assert.Equal(["poor", "liner"], quote.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(passage, quote.GetAttribute("title"));
        Assert.Null(items[1].QuerySelector(".result-passage"));
    }
}
