using Catalog.Search.Retrieval;

namespace Catalog.Search.Lexical;

/// <summary>
/// For a title found by its words rather than its meaning, which synopsis passage holds most of
/// the query's distinctive words: what the page quotes as why it matched. A word in more than a
/// tenth of the catalog's titles ("film", "american") explains nothing and does not count; in a
/// catalog of a few titles, neither does a word that more than one title holds.
/// </summary>
public sealed class WordMatchQuoter(LuceneTitleIndex index)
{
    /// <summary>Share of titles above which a word is too common to explain a match.</summary>
    public const double CommonShare = 0.1;

    /// <summary>The distinctive words of one search's text, ready to be matched against synopses.</summary>
    public DistinctiveWords For(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DistinctiveWords.None;
        }

        var terms = index.Terms(text).Where(t => !index.IsCommon(t, CommonShare)).ToHashSet(StringComparer.Ordinal);
        return new DistinctiveWords(index, terms);
    }
}

/// <summary>A search's distinctive terms; <see cref="BestPassage"/> finds the passage that holds most of them.</summary>
public sealed class DistinctiveWords
{
    public static readonly DistinctiveWords None = new(null, []);

    private readonly LuceneTitleIndex? _index;
    private readonly HashSet<string> _terms;

    internal DistinctiveWords(LuceneTitleIndex? index, HashSet<string> terms)
    {
        _index = index;
        _terms = terms;
    }

    public IReadOnlyCollection<string> Terms => _terms;

    /// <summary>No term to look for: every <see cref="BestPassage"/> is null.</summary>
    public bool IsEmpty => _index is null || _terms.Count == 0;

    /// <summary>
    /// Which of a synopsis's passages (<see cref="EmbeddingPassages.Stories"/>) holds the most
    /// distinct query terms, the earliest on a tie; null when none holds any.
    /// </summary>
    public int? BestPassage(IReadOnlyList<string> stories)
    {
        if (IsEmpty)
        {
            return null;
        }

        int? best = null;
        var most = 0;
        for (var i = 0; i < stories.Count; i++)
        {
            var held = _index!.Terms(stories[i]).Distinct().Count(_terms.Contains);
            if (held > most)
            {
                (best, most) = (i, held);
            }
        }

        return best;
    }

    /// <summary>Where the query's terms stand in <paramref name="passage"/>, for the page to mark; empty when none does.</summary>
    public IReadOnlyList<TextSpan> Highlights(string passage) =>
        IsEmpty
            ? []
            : [.. _index!.TermsAt(passage).Where(t => _terms.Contains(t.Term)).Select(t => new TextSpan(t.Start, t.Length))];
}
