namespace Catalog.Search.Understanding;

/// <summary>
/// Spoken and shorthand forms of names the plots write one way: "world war two", "ww2" and "wwii"
/// are "world war ii" in every Wikipedia extract, so the residue says it that way for the retrievers.
/// </summary>
internal static class CanonicalSpellings
{
    private static readonly (string[] Said, string[] Written)[] Spellings =
    [
        (["world", "war", "two"], ["world", "war", "ii"]), (["world", "war", "2"], ["world", "war", "ii"]),
        (["world", "war", "one"], ["world", "war", "i"]), (["world", "war", "1"], ["world", "war", "i"]),
        (["second", "world", "war"], ["world", "war", "ii"]), (["first", "world", "war"], ["world", "war", "i"]),
        (["ww2"], ["world", "war", "ii"]), (["wwii"], ["world", "war", "ii"]), (["ww1"], ["world", "war", "i"]), (["wwi"], ["world", "war", "i"]),
    ];

    public static List<string> Apply(IReadOnlyList<string> words)
    {
        var written = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var match = Spellings.FirstOrDefault(s => words.Skip(i).Take(s.Said.Length).SequenceEqual(s.Said));
            if (match.Said is null)
            {
                written.Add(words[i]);
                continue;
            }

            written.AddRange(match.Written);
            i += match.Said.Length - 1;
        }

        return written;
    }
}
