using System.Globalization;
using Catalog.Core.Titles;
using Catalog.Search.Understanding;

namespace Catalog.Search.Searching;

/// <summary>One understood filter as the viewer sees it ("1980s", "Sci-Fi") and the key that removes it.</summary>
public sealed record IntentChip(string Key, string Label, string Kind);

/// <summary>
/// The understood intent as removable chips. Removing a chip re-runs the same words without
/// that filter: the key travels in the URL (<c>without=</c>) so the search stays shareable.
/// </summary>
public static class IntentChips
{
    public static IReadOnlyList<IntentChip> For(QueryIntent intent)
    {
        var chips = new List<IntentChip>();
        if (intent.Years is { } years)
        {
            chips.Add(new IntentChip("years", years.Label, "years"));
        }

        chips.AddRange(intent.Genres.Select(g => new IntentChip("genre:" + g.Label, g.Label, "genre")));
        chips.AddRange(intent.ExcludedGenres.Select(g => new IntentChip(ExcludedGenreKey + g.Label, "not " + g.Label, "excluded-genre")));
        if (intent.AnyPerson && intent.People.Count > 1)
        {
            // Alternatives are one chip: removing one of them would narrow the search, not widen it.
            chips.Add(new IntentChip(AnyPersonKey, string.Join(" or ", intent.People.Select(PersonLabel)), "person"));
        }
        else
        {
            chips.AddRange(intent.People.Select(p => new IntentChip("person:" + p.PersonId.ToString(CultureInfo.InvariantCulture), PersonLabel(p), "person")));
        }

        chips.AddRange(intent.ExcludedPeople.Select(p => new IntentChip(ExcludedPersonKey + p.PersonId.ToString(CultureInfo.InvariantCulture), "not " + PersonLabel(p), "excluded-person")));
        if (intent.Kind is { } kind)
        {
            chips.Add(new IntentChip("kind", kind == TitleKind.Series ? "Series" : "Movies", "kind"));
        }

        if (intent.AiUse != AiUseFilter.Any)
        {
            chips.Add(new IntentChip("ai", intent.AiUse == AiUseFilter.OnlyWithAi ? "Made with AI" : "Without AI", "ai"));
        }

        if (intent.Like is { } like)
        {
            chips.Add(new IntentChip("like", $"Like {like.Title}", "like"));
        }

        return chips;
    }

    /// <summary>How the key of a ruled-out genre's chip begins ("not:Comedy").</summary>
    public const string ExcludedGenreKey = "not:";

    /// <summary>How the key of a ruled-out person's chip begins, before the person's id.</summary>
    public const string ExcludedPersonKey = "notperson:";

    /// <summary>The key of the one chip that holds people asked for as alternatives ("karloff or lugosi").</summary>
    public const string AnyPersonKey = "people";

    private static string PersonLabel(PersonRequirement person) =>
        person.Role == CreditRole.Director ? $"directed by {person.Name}" : person.Name;

    /// <summary>The intent without the filters whose chips were removed.</summary>
    public static QueryIntent Without(QueryIntent intent, IReadOnlyCollection<string> removed)
    {
        if (removed.Count == 0)
        {
            return intent;
        }

        return intent with
        {
            Years = removed.Contains("years") ? null : intent.Years,
            Genres = intent.Genres.Where(g => !removed.Contains("genre:" + g.Label)).ToList(),
            ExcludedGenres = intent.ExcludedGenres.Where(g => !removed.Contains(ExcludedGenreKey + g.Label)).ToList(),
            People = removed.Contains(AnyPersonKey) ? [] : intent.People.Where(p => !removed.Contains("person:" + p.PersonId.ToString(CultureInfo.InvariantCulture))).ToList(),
            ExcludedPeople = intent.ExcludedPeople.Where(p => !removed.Contains(ExcludedPersonKey + p.PersonId.ToString(CultureInfo.InvariantCulture))).ToList(),
            AnyPerson = intent.AnyPerson && !removed.Contains(AnyPersonKey),
            Kind = removed.Contains("kind") ? null : intent.Kind,
            AiUse = removed.Contains("ai") ? AiUseFilter.Any : intent.AiUse,
            Like = removed.Contains("like") ? null : intent.Like,
        };
    }
}
