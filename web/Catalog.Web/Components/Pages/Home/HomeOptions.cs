namespace Catalog.Web.Components.Pages.Home;

/// <summary>
/// What the home page shows. Until the curation model lands, its rows are defined here (section
/// "Home:Rows"); with no rows configured it shows the AI-disclosure row and the biggest genres.
/// </summary>
public sealed class HomeOptions
{
    public const string SectionName = "Home";

    /// <summary>The featured title at the top: the best result of this search; without one, the newest title with a disclosed AI use.</summary>
    public string? HeroQuery { get; set; }

    public List<HomeRowOptions> Rows { get; set; } = [];

    /// <summary>Genre rows shown when no rows are configured.</summary>
    public int GenreRows { get; set; } = 8;

    public int TitlesPerRow { get; set; } = 20;
}

/// <summary>One row: a heading and exactly one source of titles (a search, a genre slug, or the AI-disclosed titles).</summary>
public sealed class HomeRowOptions
{
    public string Heading { get; set; } = string.Empty;

    /// <summary>A search, as a viewer would type it ("80s sci-fi"); not written to the query log.</summary>
    public string? Query { get; set; }

    /// <summary>A genre's slug ("science-fiction"); its narrower genres are included.</summary>
    public string? Genre { get; set; }

    /// <summary>The titles whose AI use is disclosed, newest first.</summary>
    public bool AiDisclosed { get; set; }

    public int? Limit { get; set; }

    /// <summary>Why this row cannot be shown as configured, or null when it can.</summary>
    public string? Problem(int index)
    {
        var sources = (Query is { Length: > 0 } ? 1 : 0) + (Genre is { Length: > 0 } ? 1 : 0) + (AiDisclosed ? 1 : 0);
        if (string.IsNullOrWhiteSpace(Heading))
        {
            return $"Home:Rows:{index} needs a Heading.";
        }

        return sources == 1 ? null : $"Home:Rows:{index} (\"{Heading}\") needs exactly one of Query, Genre or AiDisclosed; it has {sources}.";
    }
}
