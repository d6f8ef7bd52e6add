namespace Catalog.Search.Understanding;

/// <summary>
/// "films by the director of jaws", "something from whoever directed alien": a person named by a
/// title they directed, read through the catalog's credits.
/// </summary>
internal static class TitleDirectors
{
    private static readonly string[][] Leads = QueryWords.DirectorOfTitle;

    /// <summary>Each director of the title the words name, as a director requirement; takes the words.</summary>
    public static List<PersonRequirement> Recognize(QueryTokens tokens, CatalogLexicon lexicon)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var lead = PhraseMatcher.Match(tokens, i, Leads);
            if (lead == 0)
            {
                continue;
            }

            for (var n = Math.Min(lexicon.Titles.MaxWords, tokens.Count - i - lead); n >= 1; n--)
            {
                if (!tokens.IsFree(i + lead, n))
                {
                    continue;
                }

                // Of titles that share the name, the original: "the director of halloween" means Carpenter, not a
                // remake's. Where the catalog does not credit the original's director, no one is read.
                var original = lexicon.Titles.FindAll(tokens.Join(i + lead, n)).MinBy(title => title.Year ?? int.MaxValue);
                var directors = original is null ? [] : lexicon.Titles.DirectorsOf(original.Id).Select(lexicon.People.Find).OfType<PersonEntry>().ToList();
                if (directors.Count == 0)
                {
                    continue;
                }

                // "by the director of", "from whoever directed": the preposition goes with it.
                var by = i > 0 && tokens.FreeWord(i - 1) is "by" or "from" ? 1 : 0;
                tokens.Use(i - by, by + lead + n);
                return [.. directors.Select(d => new PersonRequirement(d.Id, d.Name, Catalog.Core.Titles.CreditRole.Director))];
            }
        }

        return [];
    }
}
