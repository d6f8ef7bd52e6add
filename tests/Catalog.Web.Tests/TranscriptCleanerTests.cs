using Catalog.Web.Voice;

namespace Catalog.Web.Tests;

public sealed class TranscriptCleanerTests
{
    [Theory]
    [InlineData(" Find me an 80s sci-fi thriller.", "Find me an 80s sci-fi thriller.")]
    [InlineData("[BLANK_AUDIO]", "")]
    [InlineData(" (music) movies with  Tom Hanks *laughs* ", "movies with Tom Hanks")]
    [InlineData("horror\uFFFD films", "horror films")]
    public void Non_speech_markers_broken_bytes_and_extra_spaces_are_removed(string heard, string searched) =>
        Assert.Equal(searched, TranscriptCleaner.Clean(heard));
}
