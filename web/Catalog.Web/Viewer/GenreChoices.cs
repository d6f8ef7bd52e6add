using Catalog.Data.Titles;
using Catalog.Web.Infrastructure;

namespace Catalog.Web.Viewer;

/// <summary>The genres offered in the filter bar, read at most every few minutes: every page shows the bar.</summary>
public sealed class GenreChoices(TitleQueries titles)
{
    public const int Count = 40;

    private readonly PeriodicallyRead<IReadOnlyList<GenreRef>> _genres = new(ct => titles.GetGenreChoicesAsync(Count, ct), TimeSpan.FromMinutes(5));

    public Task<IReadOnlyList<GenreRef>> GetAsync(CancellationToken ct = default) => _genres.GetAsync(ct);
}
