namespace Catalog.Audio;

/// <summary>An upload that cannot be turned into samples. The message is written for the person who sent it.</summary>
public sealed class AudioRejectedException(AudioRejectionKind kind, string message) : Exception(message)
{
    public AudioRejectionKind Kind { get; } = kind;

    public int RecommendedHttpStatus => Kind.RecommendedHttpStatus();
}
