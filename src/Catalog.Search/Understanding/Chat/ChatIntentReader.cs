using System.Text.Json;
using Catalog.Core.Text;
using Catalog.Core.Titles;

namespace Catalog.Search.Understanding.Chat;

/// <summary>
/// Turns the chat model's call of <see cref="IntentTool"/> into a <see cref="QueryIntent"/> that holds
/// only what the catalog knows: genres by its vocabulary, people and titles it has, years in range.
/// Anything else the model said is dropped, so a model cannot invent a filter that matches nothing.
/// </summary>
internal static class ChatIntentReader
{
    public static QueryIntent Read(IReadOnlyDictionary<string, object?> arguments, QueryIntent rules, CatalogLexicon lexicon, int currentYear)
    {
        var genres = Genres(List(arguments, "genres"), lexicon);
        var excluded = Genres(List(arguments, "excluded_genres"), lexicon).Where(e => genres.All(g => g.GenreIds[0] != e.GenreIds[0])).ToList();
        var people = People(List(arguments, "people"), lexicon);
        var excludedPeople = People(List(arguments, "excluded_people"), lexicon).Where(e => people.All(p => p.PersonId != e.PersonId)).ToList();
        var residue = Text(arguments, "text") ?? string.Empty;
        return rules with
        {
            Residue = residue,
            Years = Years(Number(arguments, "year_from"), Number(arguments, "year_to"), currentYear),
            Genres = genres,
            ExcludedGenres = excluded,
            People = people,
            ExcludedPeople = excludedPeople,
            AnyPerson = people.Count > 1 && bool.TryParse(Text(arguments, "any_person"), out var anyPerson) && anyPerson,
            Kind = Text(arguments, "kind")?.ToLowerInvariant() switch
            {
                "movie" or "movies" or "film" => TitleKind.Movie,
                "series" or "show" or "tv" => TitleKind.Series,
                _ => null,
            },
            AiUse = Text(arguments, "ai_use")?.ToLowerInvariant() switch
            {
                "with_ai" => AiUseFilter.OnlyWithAi,
                "without_ai" => AiUseFilter.WithoutAi,
                _ => AiUseFilter.Any,
            },
            Like = Text(arguments, "like_title") is { } like ? lexicon.Titles.Find(TextFolding.Fold(like)) : null,
            Descriptive = TextFolding.Fold(residue).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Count(w => !QueryWords.StopWords.Contains(w)) >= QueryParser.DescriptiveContentWords,
            UnderstoodBy = QueryIntent.ByChatModel,
        };
    }

    private static List<PersonRequirement> People(IEnumerable<string> names, CatalogLexicon lexicon) =>
        [.. names.Select(name => lexicon.People.FindFullName(TextFolding.Fold(name))).OfType<PersonEntry>().DistinctBy(p => p.Id)
            .Select(p => new PersonRequirement(p.Id, p.Name, null))];

    private static List<GenreRequirement> Genres(IEnumerable<string> names, CatalogLexicon lexicon)
    {
        var genres = new List<GenreRequirement>();
        foreach (var id in names.SelectMany(name => lexicon.Genres.Find(TextFolding.Fold(name)) ?? []))
        {
            if (genres.All(g => g.GenreIds[0] != id))
            {
                genres.Add(lexicon.Genres.Requirement(id));
            }
        }

        return genres;
    }

    private static YearRange? Years(int? from, int? to, int currentYear)
    {
        bool Plausible(int? year) => year is null || (year >= 1870 && year <= currentYear + 2);
        if ((from is null && to is null) || !Plausible(from) || !Plausible(to) || from > to)
        {
            return null;
        }

        var label = (from, to) switch
        {
            ({ } f, { } t) when f == t => $"{f}",
            ({ } f, { } t) when f % 10 == 0 && t == f + 9 => $"{f}s",
            ({ } f, { } t) => $"{f}–{t}",
            ({ } f, null) => $"since {f}",
            (null, { } t) => $"until {t}",
            _ => string.Empty,
        };
        return new YearRange(from, to, label);
    }

    private static string? Text(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value switch
        {
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            JsonElement element => element.ToString(),
            _ => value?.ToString(),
        } is { Length: > 0 } text && text != "null"
            ? text.Trim()
            : null;

    private static int? Number(IReadOnlyDictionary<string, object?> arguments, string name) =>
        int.TryParse(Text(arguments, name), out var number) ? number : null;

    /// <summary>A list argument, whether it came as a JSON array, its text, or one plain string.</summary>
    private static IEnumerable<string> List(IReadOnlyDictionary<string, object?> arguments, string name)
    {
        if (!arguments.TryGetValue(name, out var value) || value is null)
        {
            return [];
        }

        if (value is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            return array.EnumerateArray().Select(item => item.ToString());
        }

        var text = Text(arguments, name);
        if (text is null)
        {
            return [];
        }

        if (text.StartsWith('['))
        {
            try
            {
                return JsonSerializer.Deserialize<string[]>(text) ?? [];
            }
            catch (JsonException)
            {
                return [];
            }
        }

        return [text];
    }
}
