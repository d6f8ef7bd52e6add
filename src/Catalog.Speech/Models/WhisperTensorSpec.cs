namespace Catalog.Speech.Models;

/// <summary>
/// One tensor as whisper.cpp expects it: name, dimensions in ggml order (ne[0] first, the
/// fastest-varying one, which is the reverse of PyTorch's order) and element type.
/// </summary>
internal sealed record WhisperTensorSpec(string Name, int[] Dimensions, GgmlTensorType Type, WeightKind Kind)
{
    public long ElementCount => Dimensions.Aggregate(1L, (product, dimension) => product * dimension);

    public long DataBytes => GgmlTensorTypes.DataBytes(Type, ElementCount);

    public string ShapeText => FormatShape(Dimensions);

    public static string FormatShape(IEnumerable<int> dimensions) => $"[{string.Join(", ", dimensions)}]";
}
