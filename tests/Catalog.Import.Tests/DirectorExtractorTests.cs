using Catalog.Import.Wikipedia;

namespace Catalog.Import.Tests;

public sealed class DirectorExtractorTests
{
    [Theory]
    [InlineData("The Freeze-Out is a 1921 American silent Western film directed by John Ford and starring Harry Carey.", new[] { "John Ford" })]
    [InlineData("A short directed by D. W. Griffith, starring Joseph Graybill.", new[] { "D. W. Griffith" })]
    [InlineData("It was directed by Jack Conway and Milton H. Fahrney.", new[] { "Jack Conway", "Milton H. Fahrney" })]
    [InlineData("directed by J. Searle Dawley. Produced by Edison Studios, the film portrays", new[] { "J. Searle Dawley" })]
    [InlineData("directed by Thomas Ricketts starring Harry Van Meter and Vivian Rich.", new[] { "Thomas Ricketts" })]
    [InlineData("Greed is a 1924 film written and directed by Erich von Stroheim.", new[] { "Erich von Stroheim" })]
    [InlineData("a 1928 film co-directed by W. S. Van Dyke, Robert Flaherty and Jack Conway, with", new[] { "W. S. Van Dyke", "Robert Flaherty", "Jack Conway" })]
    [InlineData("The Ten Commandments, directed by Cecil B. DeMille for Paramount.", new[] { "Cecil B. DeMille" })]
    [InlineData("Later remade, directed by William C. deMille in 1929.", new[] { "William C. deMille" })]
    [InlineData("The film was directed by Francis Ford Coppola; it stars Marlon Brando.", new[] { "Francis Ford Coppola" })]
    [InlineData("Hard Target is a 1993 American action film directed by Hong Kong filmmaker John Woo.", new[] { "John Woo" })]
    [InlineData("A 2003 film directed by Hong Kong action director Gordon Chan and starring Jackie Chan.", new[] { "Gordon Chan" })]
    [InlineData("directed by South Korean film director Kim Jee-woon, starring", new[] { "Kim Jee-woon" })]
    [InlineData("directed by Swedish filmmaker Lasse Hallström.", new[] { "Lasse Hallström" })]
    public void Reads_the_directors_of_the_first_directed_by_phrase(string extract, string[] expected) =>
        Assert.Equal(expected, DirectorExtractor.Extract(extract));

    [Theory]
    [InlineData("A 1912 film directed by and starring James Young.")]
    [InlineData("The film was directed by the Coen brothers.")]
    [InlineData("A film produced by Universal.")]
    [InlineData("directed by Universal.")]
    [InlineData("")]
    [InlineData(null)]
    public void Finds_no_director_rather_than_a_wrong_one(string? extract) =>
        Assert.Empty(DirectorExtractor.Extract(extract));
}
