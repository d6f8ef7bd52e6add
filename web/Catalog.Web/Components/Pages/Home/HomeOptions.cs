namespace Catalog.Web.Components.Pages.Home;

/// <summary>How much the home page shows; rows come from curation once that exists.</summary>
public sealed class HomeOptions
{
    public const string SectionName = "Home";

    public int GenreRows { get; set; } = 8;

    public int TitlesPerRow { get; set; } = 20;

    public int AiRowSize { get; set; } = 20;
}
