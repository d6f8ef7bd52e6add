namespace Catalog.Audio;

public static class AudioRejectionKindExtensions
{
    /// <summary>
    /// The status the HTTP layer should answer with. Kept here, as a plain int, so the policy sits next to the kinds
    /// it covers without this project depending on ASP.NET Core.
    /// </summary>
    public static int RecommendedHttpStatus(this AudioRejectionKind kind) => kind switch
    {
        AudioRejectionKind.TooLarge or AudioRejectionKind.TooLong => 413,
        _ => 400,
    };
}
