namespace Catalog.Search.Understanding;

/// <summary>Years as people say them: "nineteen eighty five", "nineteen hundred", "two thousand and eight", "twenty ten".</summary>
internal static class SpokenNumbers
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    private static readonly Dictionary<string, int> Teens = new(StringComparer.Ordinal)
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>The decade words: "eighties" is 80, "twenties" 20.</summary>
    public static readonly Dictionary<string, int> DecadeWords = new(StringComparer.Ordinal)
    {
        ["twenties"] = 20, ["thirties"] = 30, ["forties"] = 40, ["fifties"] = 50, ["sixties"] = 60,
        ["seventies"] = 70, ["eighties"] = 80, ["nineties"] = 90, ["tens"] = 10, ["teens"] = 10,
    };

    /// <summary>A number from 1 to 99 said in words at <paramref name="i"/>: (value, words used).</summary>
    public static (int Value, int Length)? TwoDigits(string?[] words, int i)
    {
        var word = At(words, i);
        if (word is null)
        {
            return null;
        }

        if (Teens.TryGetValue(word, out var teen))
        {
            return (teen, 1);
        }

        if (Units.TryGetValue(word, out var unit))
        {
            return (unit, 1);
        }

        if (Tens.TryGetValue(word, out var tens))
        {
            return At(words, i + 1) is { } next && Units.TryGetValue(next, out var u) ? (tens + u, 2) : (tens, 1);
        }

        return null;
    }

    /// <summary>A year said in words at <paramref name="i"/>: (year, words used).</summary>
    public static (int Year, int Length)? Year(string?[] words, int i)
    {
        var first = At(words, i);
        if (first is "nineteen" or "eighteen")
        {
            var century = first == "nineteen" ? 1900 : 1800;
            if (At(words, i + 1) is "oh" or "o" && TwoDigits(words, i + 2) is { Value: < 10 } single)
            {
                return (century + single.Value, 2 + single.Length);
            }

            if (At(words, i + 1) == "hundred")
            {
                // "nineteen hundred", "nineteen hundred and ninety nine".
                var next = At(words, i + 2) == "and" ? i + 3 : i + 2;
                return TwoDigits(words, next) is { } tail ? (century + tail.Value, next - i + tail.Length) : (century, 2);
            }

            return TwoDigits(words, i + 1) is { Value: >= 10 } rest ? (century + rest.Value, 1 + rest.Length) : null;
        }

        if (first == "two" && At(words, i + 1) == "thousand")
        {
            var next = At(words, i + 2) == "and" ? i + 3 : i + 2;
            return TwoDigits(words, next) is { } rest ? (2000 + rest.Value, next - i + rest.Length) : (2000, 2);
        }

        if (first == "twenty" && TwoDigits(words, i + 1) is { Value: >= 10 } twenty)
        {
            return (2000 + twenty.Value, 1 + twenty.Length);
        }

        return null;
    }

    private static string? At(string?[] words, int i) => i >= 0 && i < words.Length ? words[i] : null;
}
