using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Catalog.Search.Lexical;

/// <summary>
/// English text analysis for titles, names and plots: standard tokens, possessives removed,
/// lower case, accents folded ("Darín" matches "darin"), irregular plurals made singular
/// ("thieves" matches "thief"), stop words dropped, Porter stems ("robbers" matches "robbery").
/// </summary>
internal static class CatalogAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream, preserveOriginal: false);
        stream = new IrregularPluralFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/>, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string text) => [.. TermsAt(analyzer, text).Select(t => t.Term)];

    /// <summary>The terms of <paramref name="text"/> with where each word stands in it (start, length), in order.</summary>
    public static List<(string Term, int Start, int Length)> TermsAt(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(LuceneFields.All, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var terms = new List<(string, int, int)>();
        while (stream.IncrementToken())
        {
            terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset - offset.StartOffset));
        }

        stream.End();
        return terms;
    }
}
