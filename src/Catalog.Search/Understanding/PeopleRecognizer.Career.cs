namespace Catalog.Search.Understanding;

/// <summary>
/// A part of one person's career said beside their name ("early hitchcock", "spielberg's later
/// films", "late period woody allen"): the years of it, from the person's own credits in the catalog.
/// </summary>
internal sealed partial class PeopleRecognizer
{
    /// <summary>A career shorter than this has no parts to speak of.</summary>
    private const int MinCareerYears = 6;

    /// <summary>
    /// The first or last third of the career of the one person named, when a word for it stands
    /// right before the name or right after it ("hitchcock's early work"); null otherwise. Takes the word.
    /// </summary>
    public YearRange? CareerPart(QueryTokens tokens, List<PersonRequirement> people)
    {
        if (people.Count != 1 || _claimed.FirstOrDefault(c => c.PersonId == people[0].PersonId) is not { } claim
            || lexicon.People.Find(claim.PersonId) is not { FirstYear: { } first, LastYear: { } last } person || last - first < MinCareerYears)
        {
            return null;
        }

        foreach (var (phrases, early) in new[] { (QueryWords.EarlyCareer, true), (QueryWords.LateCareer, false) })
        {
            // The words may already be set aside as words about a body of work: read them as said.
            // "the late robin williams" is one who has died.
            var before = phrases.FirstOrDefault(p => PhraseMatcher.SaidAt(tokens, claim.Start - p.Length, p)
                && (claim.Start - p.Length == 0 || tokens.Words[claim.Start - p.Length - 1] != "the"))?.Length ?? 0;
            var after = before == 0 ? phrases.FirstOrDefault(p => PhraseMatcher.SaidAt(tokens, claim.End, p))?.Length ?? 0 : 0;
            if (before + after == 0)
            {
                continue;
            }

            tokens.Use(before > 0 ? claim.Start - before : claim.End, before + after, describes: true);
            var third = (last - first) / 3;
            var (from, to) = early ? (first, first + third) : (last - third, last);
            return new YearRange(from, to, $"{(early ? "early" : "late")} {person.Name} ({from}–{to})");
        }

        return null;
    }
}
