using System.Globalization;

namespace Catalog.Web.Components.Shared;

/// <summary>English names for the ISO codes the catalog stores ("AR" → Argentina, "es" → Spanish).</summary>
public static class CodeNames
{
    public static string Country(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            // Historical codes (SU, YU) are not regions any more; the code is better than nothing.
            return code;
        }
    }

    public static string Language(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
