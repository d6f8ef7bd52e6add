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
        // Alternatives read as such: "Boris Karloff", "or Béla Lugosi".
        chips.AddRange(intent.People.Select((p, i) => new IntentChip(
            "person:" + p.PersonId.ToString(CultureInfo.InvariantCulture),
            (intent.AnyPerson && i > 0 ? "or " : string.Empty) + (p.Role == CreditRole.Director ? $"directed by {p.Name}" : p.Name),
            "person")));
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
            People = intent.People.Where(p => !removed.Contains("person:" + p.PersonId.ToString(CultureInfo.InvariantCulture))).ToList(),
            Kind = removed.Contains("kind") ? null : intent.Kind,
            AiUse = removed.Contains("ai") ? AiUseFilter.Any : intent.AiUse,
            Like = removed.Contains("like") ? null : intent.Like,
        };
    }
}
