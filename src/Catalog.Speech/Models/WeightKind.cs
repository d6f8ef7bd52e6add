namespace Catalog.Speech.Models;

/// <summary>What a tensor is for, which decides how the synthetic writer fills it.</summary>
internal enum WeightKind
{
    Matrix,
    Bias,
    NormScale,
    NormShift,
    EncoderPositions,
    DecoderPositions,
}
