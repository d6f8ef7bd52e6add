namespace Catalog.Import.Tests;

/// <summary>Seed-format records written for the tests; a replacement field overrides one of them.</summary>
internal static class SeedFixture
{
    public static string Catalog(IEnumerable<string> titles) =>
        $$"""{ "format": "catalog-seed/1", "titles": [ {{string.Join(",\n", titles)}} ] }""";

    /// <summary>A movie; <paramref name="replacement"/> is a JSON member that is added last, overriding earlier ones.</summary>
    public static string Movie(string? replacement = null) => WithReplacement(
        """
        "id": "tron-1982", "kind": "movie", "title": "Tron", "year": 1982, "runtimeMinutes": 96, "maturityRating": "PG",
        "countries": ["US"], "languages": ["en"], "genres": ["sci-fi", "Adventure"],
        "synopsis": "A programmer is pulled inside a computer and must fight in its games.",
        "credits": [ { "name": "Steven Lisberger", "role": "director" }, { "name": "Jeff Bridges", "role": "actor", "character": "Kevin Flynn" } ]
        """,
        replacement);

    public static string Series(string title = "El Eternauta") =>
        $$"""
        {
          "id": "el-eternauta", "kind": "series", "title": "{{title}}", "year": 2025, "countries": ["AR"], "languages": ["es"],
          "genres": ["Science Fiction", "Drama"], "synopsis": "A deadly snowfall kills most of Buenos Aires.",
          "credits": [ { "name": "Bruno Stagnaro", "role": "creator" }, { "name": "Ricardo Darín", "role": "actor", "character": "Juan Salvo" },
                       { "name": "Eyeline Studios", "role": "vfx_vendor" } ],
          "seasons": [ { "number": 1, "year": 2025, "episodeCount": 6 } ],
          "aiDisclosures": [ { "kind": "generative_vfx", "usedFor": "A building collapse in Buenos Aires", "vendor": "Eyeline Studios",
                               "source": "Netflix Q2 2025 earnings call" } ]
        }
        """;

    private static string WithReplacement(string members, string? replacement)
    {
        if (replacement is null)
        {
            return "{" + members + "}";
        }

        // System.Text.Json takes the last of repeated members, so appending overrides.
        return "{" + members + "," + replacement + "}";
    }
}
