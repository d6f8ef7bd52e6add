using Catalog.Search.Retrieval;

namespace Catalog.Web.Components.Pages.Search;

/// <summary>A quoted passage cut into plain and marked stretches, for the words the query shares with it.</summary>
public static class PassageSegments
{
    /// <summary>Highlights out of order, overlapping or outside the text are skipped rather than trusted.</summary>
    public static IEnumerable<(string Text, bool Marked)> Of(string passage, IReadOnlyList<TextSpan> highlights)
    {
        var at = 0;
        foreach (var span in highlights)
        {
            if (span.Start < at || span.Length <= 0 || span.Start + span.Length > passage.Length)
            {
                continue;
            }

            if (span.Start > at)
            {
                yield return (passage[at..span.Start], false);
            }

            yield return (passage.Substring(span.Start, span.Length), true);
            at = span.Start + span.Length;
        }

        if (at < passage.Length)
        {
            yield return (passage[at..], false);
        }
    }
}
