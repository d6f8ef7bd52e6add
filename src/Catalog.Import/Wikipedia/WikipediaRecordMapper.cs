using Catalog.Core.Text;
using Catalog.Core.Titles;

namespace Catalog.Import.Wikipedia;

/// <summary>Validation, identity and mapping of Wikipedia movie records into catalog titles.</summary>
internal static class WikipediaRecordMapper
{
    public const string Source = "wikipedia";

    /// <summary>
    /// The record's source id: its <c>href</c> verbatim, or for records without one an id derived
    /// from title and year, stable across runs ("derived:the-freeze-out-1921").
    /// </summary>
    public static string SourceIdOf(WikipediaMovie movie)
    {
        if (!string.IsNullOrWhiteSpace(movie.Href))
        {
            return movie.Href;
        }

        var slug = TextFolding.Fold(movie.Title ?? string.Empty).Replace(' ', '-');
        return movie.Year is { } year ? $"derived:{slug}-{year}" : $"derived:{slug}";
    }

    /// <summary>Hard errors (the file is refused), or null when the record is acceptable.</summary>
    public static string? FindError(WikipediaMovie movie) =>
        RecordLimits.CheckYear(movie.Year, "year")
        ?? RecordLimits.CheckLength(movie.Title, RecordLimits.TitleLength, "title")
        ?? RecordLimits.CheckLength(movie.Href, RecordLimits.SourceIdLength, "href")
        ?? RecordLimits.CheckLength(movie.Extract, RecordLimits.SynopsisLength, "extract")
        ?? RecordLimits.CheckLength(movie.Thumbnail, RecordLimits.UrlLength, "thumbnail")
        ?? RecordLimits.CheckCount(movie.Cast, RecordLimits.Credits, "cast")
        ?? RecordLimits.CheckCount(movie.Genres, RecordLimits.Genres, "genres")
        ?? movie.Cast?.Select(name => RecordLimits.CheckLength(name, RecordLimits.NameLength, "cast[]")).FirstOrDefault(e => e is not null)
        ?? movie.Genres?.Select(g => RecordLimits.CheckLength(g, RecordLimits.GenreLabelLength, "genres[]")).FirstOrDefault(e => e is not null);

    /// <summary>Why a well-formed record still cannot become a title, or null.</summary>
    public static string? FindRejection(WikipediaMovie movie) =>
        string.IsNullOrWhiteSpace(movie.Title) ? "it has no title" : null;

    /// <summary>
    /// The same film listed twice: the first listing wins, and the later one only fills in what
    /// the first lacks (an extract, a picture, a cast, genres).
    /// </summary>
    public static WikipediaMovie Merge(WikipediaMovie first, WikipediaMovie later) => first with
    {
        Year = first.Year ?? later.Year,
        Extract = string.IsNullOrWhiteSpace(first.Extract) ? later.Extract : first.Extract,
        Thumbnail = first.Thumbnail ?? later.Thumbnail,
        Cast = first.Cast is { Count: > 0 } ? first.Cast : later.Cast,
        Genres = first.Genres is { Count: > 0 } ? first.Genres : later.Genres,
    };

    public static TitleRecord ToTitle(WikipediaMovie movie, string sourceId)
    {
        var directors = DirectorExtractor.Extract(movie.Extract);
        var cast = (movie.Cast ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim());
        return new TitleRecord
        {
            Source = Source,
            SourceId = sourceId,
            Kind = TitleKind.Movie,
            Title = movie.Title!.Trim(),
            Year = movie.Year,
            Synopsis = string.IsNullOrWhiteSpace(movie.Extract) ? null : movie.Extract.Trim(),
            ImageUrl = string.IsNullOrWhiteSpace(movie.Thumbnail) ? null : movie.Thumbnail,
            // The collection is of American films; the country is a fact of the source.
            Countries = ["US"],
            Genres = (movie.Genres ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!).ToList(),
            Credits = directors.Select(d => new CreditRecord(d, CreditRole.Director))
                .Concat(cast.Distinct(StringComparer.Ordinal).Select(n => new CreditRecord(n, CreditRole.Actor)))
                .ToList(),
        };
    }
}
