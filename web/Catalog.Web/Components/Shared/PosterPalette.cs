namespace Catalog.Web.Components.Shared;

/// <summary>A stable hue per genre, so that posters of one genre share a colour family.</summary>
public static class PosterPalette
{
    public static int HueFor(string? genre)
    {
        if (string.IsNullOrEmpty(genre))
        {
            return 220;
        }

        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in genre)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 360);
    }
}
