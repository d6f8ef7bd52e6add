namespace Catalog.Core.Titles;

/// <summary>
/// The snake_case codes stored in PostgreSQL and used in the seed format, so the database's
/// CHECK constraints and the C# enums cannot drift apart silently.
/// </summary>
public static class CatalogCodes
{
    public static string ToCode(this TitleKind kind) => kind switch
    {
        TitleKind.Movie => "movie",
        TitleKind.Series => "series",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToCode(this CreditRole role) => role switch
    {
        CreditRole.Actor => "actor",
        CreditRole.Director => "director",
        CreditRole.Writer => "writer",
        CreditRole.Creator => "creator",
        CreditRole.VfxVendor => "vfx_vendor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string ToCode(this AiUseKind kind) => kind switch
    {
        AiUseKind.GenerativeVfx => "generative_vfx",
        AiUseKind.DeAging => "de_aging",
        AiUseKind.VoiceSynthesis => "voice_synthesis",
        AiUseKind.AiImagery => "ai_imagery",
        AiUseKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParseTitleKind(string? code, out TitleKind kind) =>
        TryParse(code, Enum.GetValues<TitleKind>(), ToCode, out kind);

    public static bool TryParseCreditRole(string? code, out CreditRole role) =>
        TryParse(code, Enum.GetValues<CreditRole>(), ToCode, out role);

    public static bool TryParseAiUseKind(string? code, out AiUseKind kind) =>
        TryParse(code, Enum.GetValues<AiUseKind>(), ToCode, out kind);

    public static TitleKind ParseTitleKind(string code) =>
        TryParseTitleKind(code, out var kind) ? kind : throw new FormatException($"Unknown title kind '{code}'.");

    public static CreditRole ParseCreditRole(string code) =>
        TryParseCreditRole(code, out var role) ? role : throw new FormatException($"Unknown credit role '{code}'.");

    public static AiUseKind ParseAiUseKind(string code) =>
        TryParseAiUseKind(code, out var kind) ? kind : throw new FormatException($"Unknown AI-use kind '{code}'.");

    /// <summary>A label for viewers, e.g. "Generative VFX".</summary>
    public static string ToDisplay(this AiUseKind kind) => kind switch
    {
        AiUseKind.GenerativeVfx => "Generative visual effects",
        AiUseKind.DeAging => "AI de-aging",
        AiUseKind.VoiceSynthesis => "Voice synthesis",
        AiUseKind.AiImagery => "AI-generated imagery",
        _ => "Other AI use",
    };

    private static bool TryParse<T>(string? code, T[] values, Func<T, string> toCode, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in values)
        {
            if (string.Equals(toCode(candidate), code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
