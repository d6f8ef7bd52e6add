using Catalog.Web.Components.Shared;

namespace Catalog.Web.Tests;

public sealed class CodeNamesTests
{
    [Theory]
    [InlineData("AR", "Argentina")]
    [InlineData("KR", "South Korea")]
    [InlineData("SU", "SU")]
    public void Countries_read_as_names_and_unknown_codes_stay_codes(string code, string expected) =>
        Assert.Equal(expected, CodeNames.Country(code));

    [Theory]
    [InlineData("es", "Spanish")]
    [InlineData("ja", "Japanese")]
    [InlineData("qq", "qq")]
    public void Languages_read_as_names_and_unknown_codes_stay_codes(string code, string expected) =>
        Assert.Equal(expected, CodeNames.Language(code));
}
