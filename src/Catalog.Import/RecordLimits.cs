namespace Catalog.Import;

/// <summary>
/// Bounds on what a record may hold. They match the database's CHECK constraints, so bad input is
/// refused with a message naming the record instead of failing deep inside a transaction.
/// </summary>
public static class RecordLimits
{
    public const int MinYear = 1870;
    public const int TitleLength = 500;
    public const int SynopsisLength = 20_000;
    public const int NameLength = 200;
    public const int Credits = 500;
    public const int GenreLabelLength = 60;
    public const int Genres = 50;
    public const int SourceIdLength = 400;
    public const int UrlLength = 2_000;

    /// <summary>Announced titles are fine; a year beyond this is a typo.</summary>
    public static int MaxYear => DateTime.UtcNow.Year + 5;

    public static string? CheckYear(int? year, string field) =>
        year is { } y && (y < MinYear || y > MaxYear)
            ? $"'{field}' {y} is outside {MinYear}–{MaxYear}"
            : null;

    public static string? CheckLength(string? value, int max, string field) =>
        value is not null && value.Length > max
            ? $"'{field}' is {value.Length} characters long; the limit is {max}"
            : null;

    public static string? CheckCount<T>(IReadOnlyCollection<T>? items, int max, string field) =>
        items is not null && items.Count > max
            ? $"'{field}' has {items.Count} entries; the limit is {max}"
            : null;
}
