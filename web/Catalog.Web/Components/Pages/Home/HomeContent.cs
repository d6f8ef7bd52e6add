using Catalog.Data.Titles;
using Catalog.Search.Searching;
using Catalog.Web.Search;
using Catalog.Web.Viewer;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Components.Pages.Home;

/// <summary>The home page for one set of viewer filters: the featured title and the rows, each with at least one title.</summary>
public sealed record HomeContent(TitleDetail? Hero, IReadOnlyList<TitleRow> Rows);

/// <summary>
/// Builds <see cref="HomeContent"/> from the configured rows, under the viewer's filters. Kept for
/// half a minute per set of filters: the home page is the most visited page and changes rarely.
/// </summary>
internal sealed class HomeContentBuilder(TitleQueries titles, SearchHost search, IOptions<HomeOptions> options, IMemoryCache cache)
{
    internal const string AiRowHeading = "Made with AI: disclosed";

    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    public async Task<HomeContent> BuildAsync(ViewerFilters filters, CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(("home", filters.Format()), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Fresh;
            return BuildFreshAsync(filters, ct);
        }))!;

    private async Task<HomeContent> BuildFreshAsync(ViewerFilters filters, CancellationToken ct)
    {
        var home = options.Value;
        var cardFilter = filters.ToCardFilter();
        var rows = new List<TitleRow>();
        if (home.Rows.Count == 0)
        {
            rows.Add(new TitleRow(AiRowHeading, null, await titles.GetAiDisclosedAsync(home.TitlesPerRow, cardFilter, ct)));
            rows.AddRange(await titles.GetGenreRowsAsync(home.GenreRows, home.TitlesPerRow, cardFilter, ct));
        }
        else
        {
            foreach (var row in home.Rows)
            {
                rows.Add(await BuildRowAsync(row, row.Limit ?? home.TitlesPerRow, filters, ct));
            }
        }

        rows.RemoveAll(r => r.Titles.Count == 0);
        return new HomeContent(await HeroAsync(home.HeroQuery, filters, rows, ct), rows);
    }

    private async Task<TitleRow> BuildRowAsync(HomeRowOptions row, int limit, ViewerFilters filters, CancellationToken ct)
    {
        if (row.AiDisclosed)
        {
            return new TitleRow(row.Heading, null, await titles.GetAiDisclosedAsync(limit, filters.ToCardFilter(), ct));
        }

        if (row.Genre is { } genre)
        {
            var cards = (await titles.GetGenreRowAsync(genre, limit, filters.ToCardFilter(), ct))?.Titles ?? [];
            return new TitleRow(row.Heading, genre, cards);
        }

        var results = await SearchAsync(row.Query!, limit, filters, ct);
        return new TitleRow(row.Heading, null, results.Select(r => r.ToCard()).ToList());
    }

    private async Task<TitleDetail?> HeroAsync(string? heroQuery, ViewerFilters filters, List<TitleRow> rows, CancellationToken ct)
    {
        long? id = null;
        if (heroQuery is { Length: > 0 })
        {
            id = await SearchAsync(heroQuery, 1, filters, ct) is [var best, ..] ? best.TitleId : null;
        }

        id ??= await titles.GetAiDisclosedAsync(1, filters.ToCardFilter(), ct) is [var disclosed, ..] ? disclosed.Id
            : rows.Count > 0 ? rows[0].Titles[0].Id : null;
        return id is { } found ? await titles.GetTitleAsync(found, ct) : null;
    }

    private async Task<IReadOnlyList<SearchResult>> SearchAsync(string query, int limit, ViewerFilters filters, CancellationToken ct)
    {
        if (!search.IsStarted)
        {
            return [];
        }

        var runtime = search.Runtime;
        var request = new SearchRequest(query, SearchMode.Full, limit) { ViewerFilter = filters.ToSearchFilter(runtime.Understanding), Logged = false };
        return (await runtime.Search.SearchAsync(request, ct)).Results;
    }
}
