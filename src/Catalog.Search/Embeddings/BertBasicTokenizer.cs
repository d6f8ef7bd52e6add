using System.Globalization;
using System.Text;

namespace Catalog.Search.Embeddings;

/// <summary>
/// BERT's basic tokenization for uncased models, as Hugging Face does it: drop control characters,
/// treat tab and line breaks as spaces, lowercase, strip accents, and split off punctuation and CJK
/// ideographs. The result is words separated by single spaces, ready for WordPiece.
/// </summary>
/// <remarks>
/// Microsoft.ML.Tokenizers 2.0.1 has its own version of this step, but it deletes <c>\t \n \r</c>
/// instead of treating them as spaces, joining the words around them (dotnet/machinelearning#7724),
/// and deletes symbols such as <c>$ + = ° ©</c> and emoji (#7725). Both change the tokens the models
/// were trained on, so this runs instead and the library is only asked for WordPiece.
/// </remarks>
internal static class BertBasicTokenizer
{
    public static string Split(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // NFD separates accents from their letters so they can be dropped as non-spacing marks.
        var folded = Clean(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(folded.Length + 16);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                AppendSpace(output);
            }
            else if (IsPunctuation(rune))
            {
                AppendSpace(output);
                AppendRune(output, rune);
                AppendSpace(output);
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                AppendRune(output, rune);
            }
        }

        return output.ToString().TrimEnd();
    }

    /// <summary>Drops control characters, turns every kind of whitespace into a space, and isolates CJK ideographs.</summary>
    private static string Clean(string text)
    {
        var output = new StringBuilder(text.Length);
        // EnumerateRunes turns a lone surrogate into U+FFFD, which is dropped like BERT drops it.
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0 or 0xFFFD || IsControl(rune))
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                output.Append(' ');
            }
            else if (IsCjkIdeograph(rune.Value))
            {
                output.Append(' ');
                AppendRune(output, rune);
                output.Append(' ');
            }
            else
            {
                AppendRune(output, rune);
            }
        }

        return output.ToString();
    }

    // BERT counts tab and line breaks as whitespace although Unicode calls them control characters.
    private static bool IsControl(Rune rune) =>
        rune.Value is not ('\t' or '\n' or '\r')
        && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    // All printable non-alphanumeric ASCII counts, so "$", "+" and "^" split like "," does.
    private static bool IsPunctuation(Rune rune) =>
        rune.Value is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126)
        || Rune.IsPunctuation(rune);

    private static bool IsCjkIdeograph(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);

    private static void AppendSpace(StringBuilder output)
    {
        if (output.Length > 0 && output[^1] != ' ')
        {
            output.Append(' ');
        }
    }

    private static void AppendRune(StringBuilder output, Rune rune)
    {
        Span<char> buffer = stackalloc char[2];
        output.Append(buffer[..rune.EncodeToUtf16(buffer)]);
    }
}
