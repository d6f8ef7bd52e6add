using Catalog.Core.Text;

namespace Catalog.Core.Tests;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Ricardo Darín", "ricardo darin")]
    [InlineData("Sci-Fi", "sci fi")]
    [InlineData("  Rom-Com!  ", "rom com")]
    [InlineData("D. W. Griffith", "d w griffith")]
    [InlineData("D.W. Griffith", "d w griffith")]
    [InlineData("Schindler's List", "schindlers list")]
    [InlineData("Schindler’s List", "schindlers list")]
    [InlineData("ÉLITE", "elite")]
    [InlineData("Pedro Páramo", "pedro paramo")]
    [InlineData("Shōgun", "shogun")]
    [InlineData("Ｆｕｌｌｗｉｄｔｈ", "fullwidth")]
    [InlineData("...", "")]
    public void Folds_case_accents_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void Keeps_letters_of_other_scripts() =>
        Assert.Equal("七人の侍", TextFolding.Fold("七人の侍"));
}
