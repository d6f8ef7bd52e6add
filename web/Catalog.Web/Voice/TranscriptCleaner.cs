using System.Text.RegularExpressions;

namespace Catalog.Web.Voice;

/// <summary>
/// Whisper marks non-speech in brackets ("[BLANK_AUDIO]", "(music)", "*laughs*"); a search must not
/// look for those words. A token that ends inside a UTF-8 sequence comes out as U+FFFD; it is no word either.
/// </summary>
internal static partial class TranscriptCleaner
{
    public static string Clean(string transcript)
    {
        var withoutMarkers = NonSpeech().Replace(transcript.Replace('\uFFFD', ' '), " ");
        return Spaces().Replace(withoutMarkers, " ").Trim();
    }

    [GeneratedRegex(@"\[[^\]]*\]|\([^)]*\)|\*[^*]*\*")]
    private static partial Regex NonSpeech();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
