using Catalog.Data.Titles;
using Catalog.Search.QueryLog;
using Catalog.Web.Infrastructure;
using Catalog.Web.Viewer;

namespace Catalog.Web.Search;

/// <summary>What a search that found nothing offers instead: other viewers' popular searches and genres to browse.</summary>
public sealed record SearchSuggestionSet(IReadOnlyList<string> Popular, IReadOnlyList<GenreRef> Genres)
{
    public static readonly SearchSuggestionSet None = new([], []);
}

/// <summary>Reads <see cref="SearchSuggestionSet"/> at most every few minutes; only pages with no results ask.</summary>
public sealed class SearchSuggestions
{
    public const int PopularCount = 6;
    public const int GenreCount = 8;

    private readonly PeriodicallyRead<SearchSuggestionSet> _set;

    public SearchSuggestions(PopularQueries popular, GenreChoices genres) =>
        _set = new(
            async ct => new SearchSuggestionSet(
                await popular.GetAsync(PopularCount, DateTimeOffset.UtcNow, ct),
                (await genres.GetAsync(ct)).Take(GenreCount).ToList()),
            TimeSpan.FromMinutes(5));

    public Task<SearchSuggestionSet> GetAsync(CancellationToken ct = default) => _set.GetAsync(ct);
}
