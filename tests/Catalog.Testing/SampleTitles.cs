using Catalog.Core.Titles;

namespace Catalog.Testing;

/// <summary>Titles written for tests, with the details the tests check.</summary>
public static class SampleTitles
{
    public static TitleRecord Eternauta { get; } = new()
    {
        Source = "test",
        SourceId = "el-eternauta",
        Kind = TitleKind.Series,
        Title = "El Eternauta",
        Year = 2025,
        Synopsis = "A deadly snowfall kills most of Buenos Aires.",
        Countries = ["AR"],
        Languages = ["es"],
        Genres = ["science fiction", "Drama"],
        Credits =
        [
            new CreditRecord("Bruno Stagnaro", CreditRole.Creator),
            new CreditRecord("Ricardo Darín", CreditRole.Actor, "Juan Salvo"),
            new CreditRecord("Eyeline Studios", CreditRole.VfxVendor),
        ],
        Seasons = [new SeasonRecord(1, 2025, 6)],
        AiDisclosures = [new AiDisclosureRecord(AiUseKind.GenerativeVfx, "A building collapse in Buenos Aires", "Eyeline Studios", "Netflix Q2 2025 earnings call")],
    };

    public static TitleRecord Aliens { get; } = new()
    {
        Source = "test",
        SourceId = "aliens",
        Kind = TitleKind.Movie,
        Title = "Aliens",
        Year = 1986,
        Synopsis = "Marines return to the planet.",
        Countries = ["US"],
        Languages = ["en"],
        Genres = ["Sci-Fi", "Action"],
        Credits =
        [
            new CreditRecord("James Cameron", CreditRole.Director),
            new CreditRecord("Sigourney Weaver", CreditRole.Actor, "Ripley"),
            new CreditRecord("Michael Biehn", CreditRole.Actor),
        ],
    };

    public static TitleRecord Tron { get; } = new()
    {
        Source = "test",
        SourceId = "tron",
        Kind = TitleKind.Movie,
        Title = "Tron",
        Year = 1982,
        RuntimeMinutes = 96,
        MaturityRating = "PG",
        Synopsis = "A programmer is pulled inside a computer.",
        Genres = ["Science Fiction", "Adventure"],
        Credits = [new CreditRecord("Steven Lisberger", CreditRole.Director), new CreditRecord("Jeff Bridges", CreditRole.Actor, "Kevin Flynn")],
    };
}
