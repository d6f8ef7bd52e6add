using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Catalog.Search.Lexical;

/// <summary>
/// Turns irregular plurals into their singular before stemming, which only knows regular endings:
/// Porter leaves "thieves" as "thiev" against "thief", "women" against "woman", "mice" against
/// "mous", so a plot told with one number never matched one told with the other. Words that are
/// also common verbs ("lives", "leaves") are left alone, and so are "men" and "women": among the
/// commonest plot words, joining them to "man" and "woman" only lowered those words' weight and
/// moved a development query down a place (docs/evaluation.md).
/// </summary>
internal sealed class IrregularPluralFilter : TokenFilter
{
    private static readonly FrozenDictionary<string, string> Singulars = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["children"] = "child",
        ["policemen"] = "policeman", ["firemen"] = "fireman", ["gentlemen"] = "gentleman", ["fishermen"] = "fisherman",
        ["businessmen"] = "businessman", ["cavemen"] = "caveman", ["snowmen"] = "snowman", ["horsemen"] = "horseman",
        ["henchmen"] = "henchman", ["gunmen"] = "gunman", ["lawmen"] = "lawman", ["madmen"] = "madman",
        ["thieves"] = "thief", ["wives"] = "wife", ["housewives"] = "housewife", ["knives"] = "knife", ["wolves"] = "wolf",
        ["werewolves"] = "werewolf", ["elves"] = "elf", ["dwarves"] = "dwarf", ["dwarfs"] = "dwarf", ["halves"] = "half",
        ["shelves"] = "shelf", ["calves"] = "calf", ["loaves"] = "loaf", ["scarves"] = "scarf",
        ["mice"] = "mouse", ["geese"] = "goose", ["teeth"] = "tooth", ["feet"] = "foot", ["oxen"] = "ox",
        ["cacti"] = "cactus", ["fungi"] = "fungus", ["criteria"] = "criterion", ["phenomena"] = "phenomenon",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly int LongestPlural = Singulars.Keys.Max(k => k.Length);

    private readonly ICharTermAttribute _term;

    public IrregularPluralFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_term.Length <= LongestPlural && Singulars.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var singular))
        {
            _term.SetEmpty().Append(singular);
        }

        return true;
    }
}
