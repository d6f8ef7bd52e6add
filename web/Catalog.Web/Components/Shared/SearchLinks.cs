namespace Catalog.Web.Components.Shared;

/// <summary>Links into the search page: a genre or a person's name is searched as a viewer would type it, so it shows as a chip.</summary>
public static class SearchLinks
{
    public static string For(string words) => "/search?q=" + Uri.EscapeDataString(words);
}
