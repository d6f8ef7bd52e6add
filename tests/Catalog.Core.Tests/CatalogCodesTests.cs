using Catalog.Core.Titles;

namespace Catalog.Core.Tests;

public sealed class CatalogCodesTests
{
    [Fact]
    public void Every_title_kind_round_trips_through_its_code()
    {
        foreach (var kind in Enum.GetValues<TitleKind>())
        {
            Assert.Equal(kind, CatalogCodes.ParseTitleKind(kind.ToCode()));
        }
    }

    [Fact]
    public void Every_credit_role_round_trips_through_its_code()
    {
        foreach (var role in Enum.GetValues<CreditRole>())
        {
            Assert.Equal(role, CatalogCodes.ParseCreditRole(role.ToCode()));
        }
    }

    [Fact]
    public void Every_ai_use_kind_round_trips_and_has_a_distinct_label()
    {
        var kinds = Enum.GetValues<AiUseKind>();
        foreach (var kind in kinds)
        {
            Assert.Equal(kind, CatalogCodes.ParseAiUseKind(kind.ToCode()));
        }

        Assert.Equal(kinds.Length, kinds.Select(k => k.ToDisplay()).Distinct().Count());
    }

    [Theory]
    [InlineData("Movie")]
    [InlineData("film")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_codes_are_refused(string? code)
    {
        Assert.False(CatalogCodes.TryParseTitleKind(code, out _));
        Assert.False(CatalogCodes.TryParseCreditRole(code, out _));
        Assert.False(CatalogCodes.TryParseAiUseKind(code, out _));
    }

    [Fact]
    public void Codes_are_the_snake_case_ones_the_database_accepts()
    {
        Assert.Equal(["movie", "series"], Enum.GetValues<TitleKind>().Select(k => k.ToCode()));
        Assert.Equal(["actor", "director", "writer", "creator", "vfx_vendor"], Enum.GetValues<CreditRole>().Select(r => r.ToCode()));
        Assert.Equal(
            ["generative_vfx", "de_aging", "voice_synthesis", "ai_imagery", "other"],
            Enum.GetValues<AiUseKind>().Select(k => k.ToCode()));
    }
}
