namespace Catalog.Speech.Models;

/// <summary>
/// Everything the synthetic writer puts in a file. The header, vocabulary and tensor list are
/// separate so tests can write deliberately broken files (a wrong type, a missing token) through
/// the same code that writes good ones.
/// </summary>
internal sealed record SyntheticModelPlan(
    WhisperModelShape Header,
    IReadOnlyList<byte[]> Vocabulary,
    IReadOnlyList<WhisperTensorSpec> Tensors,
    int Seed)
{
    public static SyntheticModelPlan For(WhisperModelShape shape, int seed) =>
        new(shape, Gpt2Vocabulary.Tokens, WhisperTensorLayout.For(shape), seed);
}
