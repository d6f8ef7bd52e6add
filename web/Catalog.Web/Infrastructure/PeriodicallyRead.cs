namespace Catalog.Web.Infrastructure;

/// <summary>
/// A value read from the database at most once per <paramref name="fresh"/>: for lists every page
/// shows (genres to filter by, suggestions) that may lag a few minutes behind the catalog.
/// Two callers at the moment it goes stale may both read it; that costs one extra query, nothing more.
/// </summary>
public sealed class PeriodicallyRead<T>(Func<CancellationToken, Task<T>> read, TimeSpan fresh)
{
    private (T Value, DateTime ReadAt)? _cached;

    public async Task<T> GetAsync(CancellationToken ct = default)
    {
        if (_cached is { } cached && DateTime.UtcNow - cached.ReadAt < fresh)
        {
            return cached.Value;
        }

        var value = await read(ct);
        _cached = (value, DateTime.UtcNow);
        return value;
    }
}
