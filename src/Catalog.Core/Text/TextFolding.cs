using System.Globalization;
using System.Text;

namespace Catalog.Core.Text;

/// <summary>
/// Case, accent and punctuation folding used wherever two spellings of a name must meet:
/// "Ricardo Darín" and "ricardo darin", "Sci-Fi" and "sci fi".
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'' && c != '\u2019')
            {
                // Apostrophes vanish ("O'Hara" → "ohara", "Schindler's" → "schindlers"); any
                // other punctuation separates words, so "D.W." and "D. W." both give "d w".
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
