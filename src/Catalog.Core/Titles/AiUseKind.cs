namespace Catalog.Core.Titles;

/// <summary>What generative AI or machine learning was used for in a title's production.</summary>
public enum AiUseKind
{
    GenerativeVfx,
    DeAging,
    VoiceSynthesis,
    AiImagery,
    Other,
}
