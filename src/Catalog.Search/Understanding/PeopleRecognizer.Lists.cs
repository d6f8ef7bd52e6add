using Catalog.Core.Titles;

namespace Catalog.Search.Understanding;

/// <summary>
/// What the people found say together, once all are found: alternatives ("karloff or lugosi"), the
/// role a list or a word after a name gives ("directed by joel or ethan coen", "films eastwood
/// directed"), and who is ruled out ("without meg ryan").
/// </summary>
internal sealed partial class PeopleRecognizer
{
    /// <summary>
    /// Whether the people found are alternatives: every one of them in a single list joined by "or"
    /// ("karloff or lugosi", "with stallone or with schwarzenegger"). Takes the "or"s, and an
    /// "either" before the first name. A list that also holds "and", or names elsewhere in the
    /// query ("tom hanks movies directed by spielberg or eastwood"), is not read as alternatives:
    /// all are then required, the narrower reading.
    /// </summary>
    public bool JoinedByOr(QueryTokens tokens)
    {
        var list = _claimed.OrderBy(c => c.Start).ToList();
        if (list.Count < 2 || list.Zip(list.Skip(1)).Any(pair => pair.Second.Start != pair.First.End + 1 || tokens.FreeWord(pair.First.End) != "or"))
        {
            return false;
        }

        list.SkipLast(1).ToList().ForEach(c => tokens.Use(c.End, 1));
        if (list[0].Start > 0 && tokens.FreeWord(list[0].Start - 1) == "either")
        {
            tokens.Use(list[0].Start - 1, 1);
        }

        return true;
    }

    /// <summary>
    /// "with denzel washington or al pacino or robert de niro", "directed by joel or ethan coen": a
    /// name right after a joiner takes the role of the cued name before it. Done once every name is
    /// found, since longer names are found first and may come later in the list.
    /// </summary>
    public List<PersonRequirement> WithListedRoles(QueryTokens tokens, List<PersonRequirement> people)
    {
        var list = _claimed.OrderBy(c => c.Start).ToList();
        for (var i = 1; i < list.Count; i++)
        {
            var (previous, current) = (list[i - 1], list[i]);
            if (!current.Cued && previous.Cued && current.Start == previous.End + 1
                && tokens.Words[previous.End] is var joiner && ListJoiners.Contains(joiner))
            {
                list[i] = current with { Role = previous.Role, Cued = true };
            }
        }

        // A name said twice ("tom hanks or tom hanks") is claimed twice; its first place decides.
        var roles = new Dictionary<long, CreditRole?>();
        list.ForEach(c => roles.TryAdd(c.PersonId, c.Role));
        return [.. people.Select(p => roles.TryGetValue(p.PersonId, out var role) && role != p.Role ? p with { Role = role } : p)];
    }

    /// <summary>
    /// Splits off the people the query rules out: named after a negation ("without meg ryan", "not
    /// directed by scorsese"), or listed after one who was ("no sandler or schneider"). Takes the
    /// negation and the joiner, and forgets their claims, so only the people wanted can be alternatives.
    /// </summary>
    public (List<PersonRequirement> Wanted, List<PersonRequirement> Excluded) RuledOut(QueryTokens tokens, List<PersonRequirement> people)
    {
        var excluded = new HashSet<long>();
        (Claimed Claim, bool Negated)? previous = null;
        foreach (var claim in _claimed.OrderBy(c => c.Start).ToList())
        {
            var cue = PhraseMatcher.MatchBefore(tokens, claim.Start, QueryWords.PersonNegations);
            var listed = previous is { Negated: true } before && claim.Start == before.Claim.End + 1
                && tokens.FreeWord(before.Claim.End) is "or" or "nor" or "and";
            tokens.Use(claim.Start - cue, cue);
            tokens.Use(claim.Start - 1, listed ? 1 : 0);
            if (cue > 0 || listed)
            {
                excluded.Add(claim.PersonId);
            }

            previous = (claim, cue > 0 || listed);
        }

        _claimed.RemoveAll(c => excluded.Contains(c.PersonId));
        return ([.. people.Where(p => !excluded.Contains(p.PersonId))], [.. people.Where(p => excluded.Contains(p.PersonId))]);
    }

    /// <summary>
    /// "something with meryl streep, i mean, glenn close": a name given up for the one after it. Takes
    /// the words between; a name said twice is one requirement.
    /// </summary>
    public List<PersonRequirement> WithoutCorrected(QueryTokens tokens, List<PersonRequirement> people)
    {
        var list = _claimed.OrderBy(c => c.Start).ToList();
        var dropped = new HashSet<long>();
        for (var k = 0; k + 1 < list.Count; k++)
        {
            var between = tokens.Words[list[k].End..Math.Max(list[k].End, list[k + 1].Start)];
            // "brad pitt movies, sorry, tom cruise movies": a film word may stand with the name given up.
            if (SpeechFillers.Between(between, QueryWords.IsKindWord) == SpeechFillers.SaidAgain.Corrected)
            {
                // The same name said again ("jeff bridges, i mean, jeff bridges westerns") is kept.
                if (list[k].PersonId != list[k + 1].PersonId)
                {
                    dropped.Add(list[k].PersonId);
                }

                tokens.Use(list[k].End, between.Length);
            }
        }

        _claimed.RemoveAll(c => dropped.Contains(c.PersonId));
        return [.. people.Where(p => !dropped.Contains(p.PersonId)).DistinctBy(p => p.PersonId)];
    }

    /// <summary>
    /// "films clint eastwood directed", "anything denzel acted in": a role said right after a name
    /// sets it where no cue before the name did. Takes the words.
    /// </summary>
    public List<PersonRequirement> WithRolesSaidAfter(QueryTokens tokens, List<PersonRequirement> people)
    {
        var roles = new Dictionary<long, CreditRole>();
        foreach (var claim in _claimed.ToList())
        {
            var director = PhraseMatcher.Match(tokens, claim.End, QueryWords.DirectorAfterName);
            var actor = PhraseMatcher.Match(tokens, claim.End, QueryWords.ActorAfterName);
            if (director + actor == 0)
            {
                continue;
            }

            tokens.Use(claim.End, Math.Max(director, actor));
            var role = director >= actor ? CreditRole.Director : CreditRole.Actor;
            if (claim.Role is null)
            {
                roles[claim.PersonId] = role;
                _claimed[_claimed.IndexOf(claim)] = claim with { Role = role };
            }
        }

        return [.. people.Select(p => p.Role is null && roles.TryGetValue(p.PersonId, out var role) ? p with { Role = role } : p)];
    }
}
