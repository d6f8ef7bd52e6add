using Catalog.Search.Understanding;

namespace Catalog.Search.Tests.Understanding;

public sealed class CommonWordsTests
{
    [Fact]
    public void A_word_is_ordinary_once_three_texts_use_it_in_lower_case()
    {
        var words = CommonWords.Count(["a bond", "the bond, the bond, the bond", "Bond returns", "Cage and a cage"]);

        Assert.False(words.IsOrdinary("bond")); // Two texts in lower case; the third writes it as a name.
        Assert.True(CommonWords.Count(["a bond", "a bond", "a bond"]).IsOrdinary("bond"));
        Assert.False(words.IsOrdinary("cage"));
        Assert.False(CommonWords.None.IsOrdinary("the"));
    }
}
