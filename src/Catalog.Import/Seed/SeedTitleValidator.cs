using System.Text.RegularExpressions;
using Catalog.Core.Titles;

namespace Catalog.Import.Seed;

/// <summary>The rules of docs/seed-format.md; the first broken rule is the error.</summary>
internal static partial class SeedTitleValidator
{
    public const int SynopsisLength = 2_000;

    public static string? FindError(SeedTitle t) =>
        Required(t.Id, "id")
        ?? (IdPattern().IsMatch(t.Id!) ? null : "'id' must be lowercase letters, digits and '-', at most 120 characters")
        ?? (CatalogCodes.TryParseTitleKind(t.Kind, out _) ? null : $"'kind' must be movie or series, not '{t.Kind}'")
        ?? Required(t.Title, "title")
        ?? RecordLimits.CheckLength(t.Title, RecordLimits.TitleLength, "title")
        ?? RecordLimits.CheckLength(t.OriginalTitle, RecordLimits.TitleLength, "originalTitle")
        ?? (t.Year is null ? "'year' is required" : null)
        ?? RecordLimits.CheckYear(t.Year, "year")
        ?? RecordLimits.CheckYear(t.EndYear, "endYear")
        ?? CheckEndYear(t)
        ?? (t.RuntimeMinutes is < 1 or > 1000 ? $"'runtimeMinutes' {t.RuntimeMinutes} is outside 1–1000" : null)
        ?? RecordLimits.CheckLength(t.MaturityRating, 16, "maturityRating")
        ?? All(t.Countries, c => CountryPattern().IsMatch(c) ? null : $"country '{c}' is not an ISO 3166-1 alpha-2 code like 'US'")
        ?? All(t.Languages, l => LanguagePattern().IsMatch(l) ? null : $"language '{l}' is not an ISO 639-1 code like 'en'")
        ?? (t.Genres is { Count: > 0 } ? null : "'genres' needs at least one genre")
        ?? RecordLimits.CheckCount(t.Genres, RecordLimits.Genres, "genres")
        ?? All(t.Genres, g => RecordLimits.CheckLength(g, RecordLimits.GenreLabelLength, "genres[]"))
        ?? Required(t.Synopsis, "synopsis")
        ?? RecordLimits.CheckLength(t.Synopsis, SynopsisLength, "synopsis")
        ?? RecordLimits.CheckCount(t.Credits, RecordLimits.Credits, "credits")
        ?? All(t.Credits, CheckCredit)
        ?? CheckSeasons(t)
        ?? All(t.AiDisclosures, CheckDisclosure);

    private static string? CheckEndYear(SeedTitle t)
    {
        if (t.EndYear is null)
        {
            return null;
        }

        if (t.Kind != "series")
        {
            return "'endYear' is only for series";
        }

        return t.EndYear < t.Year ? $"'endYear' {t.EndYear} is before 'year' {t.Year}" : null;
    }

    private static string? CheckCredit(SeedCredit c) =>
        Required(c.Name, "credits[].name")
        ?? RecordLimits.CheckLength(c.Name, RecordLimits.NameLength, "credits[].name")
        ?? (CatalogCodes.TryParseCreditRole(c.Role, out var role) ? null : $"credit role '{c.Role}' is not one of actor, director, writer, creator, vfx_vendor")
        ?? (c.Character is not null && role != CreditRole.Actor ? $"'character' is only for actors ({c.Name})" : null)
        ?? RecordLimits.CheckLength(c.Character, RecordLimits.NameLength, "credits[].character");

    private static string? CheckSeasons(SeedTitle t)
    {
        var seasons = t.Seasons ?? [];
        if (t.Kind == "movie")
        {
            return seasons.Count > 0 ? "a movie has no seasons" : null;
        }

        if (seasons.Count == 0)
        {
            return "a series needs at least one season";
        }

        if (seasons.GroupBy(s => s.Number).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            return $"season {repeated.Key} is listed twice";
        }

        return All(seasons, s =>
            (s.Number is null or < 1 or > 1000 ? $"season number {s.Number} must be 1 or more" : null)
            ?? (s.EpisodeCount is < 1 or > 10_000 ? $"season {s.Number} has {s.EpisodeCount} episodes" : null)
            ?? RecordLimits.CheckYear(s.Year, $"seasons[{s.Number}].year"));
    }

    private static string? CheckDisclosure(SeedAiDisclosure d) =>
        (CatalogCodes.TryParseAiUseKind(d.Kind, out _) ? null : $"AI-use kind '{d.Kind}' is not one of generative_vfx, de_aging, voice_synthesis, ai_imagery, other")
        ?? Required(d.UsedFor, "aiDisclosures[].usedFor")
        ?? RecordLimits.CheckLength(d.UsedFor, 1000, "aiDisclosures[].usedFor")
        ?? Required(d.Source, "aiDisclosures[].source")
        ?? RecordLimits.CheckLength(d.Source, 500, "aiDisclosures[].source")
        ?? RecordLimits.CheckLength(d.Vendor, RecordLimits.NameLength, "aiDisclosures[].vendor");

    private static string? Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? $"'{field}' is required" : null;

    private static string? All<T>(IEnumerable<T>? items, Func<T, string?> check) =>
        items?.Select(check).FirstOrDefault(error => error is not null);

    [GeneratedRegex("^(?=.{1,120}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
