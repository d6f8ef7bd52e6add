using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

/// <summary>Expected outputs follow Hugging Face's BasicTokenizer for uncased BERT.</summary>
public sealed class BertBasicTokenizerTests
{
    [Theory]
    [InlineData("Hello, World!", "hello , world !")]
    [InlineData("Café Résumé NAÏVE", "cafe resume naive")]
    [InlineData("don't", "don ' t")]
    [InlineData("  spaced\u00A0out  ", "spaced out")]
    public void Lowercases_strips_accents_and_splits_punctuation(string text, string expected) =>
        Assert.Equal(expected, BertBasicTokenizer.Split(text));

    [Theory]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("tab\tseparated", "tab separated")]
    [InlineData("windows\r\nbreak", "windows break")]
    public void Tabs_and_line_breaks_separate_words(string text, string expected) =>
        Assert.Equal(expected, BertBasicTokenizer.Split(text));

    [Theory]
    [InlineData("costs $10 + tax", "costs $ 10 + tax")]
    [InlineData("a=b<c>d|e~f^g`h", "a = b < c > d | e ~ f ^ g ` h")]
    [InlineData("30°C ©", "30°c ©")]
    [InlineData("I 😃 pizza", "i 😃 pizza")]
    public void Symbols_are_kept(string text, string expected) =>
        Assert.Equal(expected, BertBasicTokenizer.Split(text));

    [Theory]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("bell\u0007ring", "bellring")]
    [InlineData("lone\uD800surrogate", "lonesurrogate")]
    public void Control_and_invalid_characters_are_dropped(string text, string expected) =>
        Assert.Equal(expected, BertBasicTokenizer.Split(text));

    [Fact]
    public void Cjk_ideographs_become_separate_words() =>
        Assert.Equal("我 爱 北 京", BertBasicTokenizer.Split("我爱北京"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Nothing_to_say_gives_nothing(string? text) =>
        Assert.Equal(string.Empty, BertBasicTokenizer.Split(text));
}
