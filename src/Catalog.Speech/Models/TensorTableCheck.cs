using System.Text;

namespace Catalog.Speech.Models;

/// <summary>
/// Walks the tensor records after the vocabulary: each must be one the architecture has for these
/// hyper-parameters, exactly once, with its dimensions and type, its data inside the file, and the
/// file must end right after the last one (whisper.cpp reads until end of file, so stray bytes
/// would be parsed as another tensor).
/// </summary>
internal sealed class TensorTableCheck(ModelFileCursor cursor, WhisperModelShape shape)
{
    private const int MaxDimensions = 4;
    private readonly Dictionary<string, WhisperTensorSpec> _expected =
        WhisperTensorLayout.For(shape).ToDictionary(tensor => tensor.Name, StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public string? Run()
    {
        while (cursor.Remaining > 0)
        {
            if (_seen.Count == _expected.Count)
            {
                return $"has {cursor.Remaining} bytes after its last tensor; whisper.cpp reads until the end of the file " +
                       "and would take them for another tensor. The file is corrupt or something was appended to it";
            }

            if (ReadRecord() is { } problem)
            {
                return problem;
            }
        }

        var missing = _expected.Keys.Where(name => !_seen.Contains(name)).ToList();
        return missing.Count == 0
            ? null
            : $"lacks tensor '{missing[0]}'{(missing.Count > 1 ? $" (and {missing.Count - 1} more)" : "")}; " +
              "whisper.cpp refuses a model without every tensor its hyper-parameters call for. The file is incomplete";
    }

    private string? ReadRecord()
    {
        var at = cursor.Position;
        if (!cursor.TryReadInt32(out var dimensionCount) || !cursor.TryReadInt32(out var nameLength) || !cursor.TryReadInt32(out var type))
        {
            return $"is truncated: it ends inside a tensor record at byte {at} ({_seen.Count} of {_expected.Count} tensors read)";
        }

        if (dimensionCount is < 1 or > MaxDimensions || nameLength is < 1 or > GgmlFormat.MaxTensorNameBytes)
        {
            return $"has a corrupt tensor record at byte {at}: {dimensionCount} dimensions and a {nameLength}-byte name " +
                   $"(ggml tensors have 1 to {MaxDimensions} dimensions and short names)";
        }

        var dimensions = new int[dimensionCount];
        for (var i = 0; i < dimensionCount; i++)
        {
            if (!cursor.TryReadInt32(out dimensions[i]))
            {
                return $"is truncated: it ends inside the tensor record at byte {at}";
            }
        }

        if (!cursor.TryRead(nameLength, out var nameBytes))
        {
            return $"is truncated: it ends inside the tensor record at byte {at}";
        }

        return CheckTensor(Encoding.UTF8.GetString(nameBytes), WhisperModelFileValidator.Printable(nameBytes), dimensions, type);
    }

    private string? CheckTensor(string name, string printable, int[] dimensions, int type)
    {
        if (!_expected.TryGetValue(name, out var spec))
        {
            return $"contains tensor '{printable}', which a Whisper model with these hyper-parameters does not have";
        }

        if (!_seen.Add(name))
        {
            return $"contains tensor '{name}' twice";
        }

        if (type != (int)spec.Type)
        {
            return $"stores tensor '{name}' as {TypeName(type)}; whisper.cpp needs {spec.Type} there " + spec.Type switch
            {
                GgmlTensorType.F32 => "(biases, norms and positional embeddings stay F32). Store it as F32",
                GgmlTensorType.F16 when spec.Dimensions.Length == 3 => "(convolutions stay F16 in every file but an all-F32 one) and aborts the process otherwise. Store it as F16",
                GgmlTensorType.F16 => "(ftype 1: matrix weights in F16) and aborts the process otherwise. Store it as F16",
                _ => $"(ftype {shape.FileType}: matrix weights in {spec.Type}) and reads the file wrongly otherwise. Quantize it as the file type says",
            };
        }

        if (!Padded(dimensions).SequenceEqual(Padded(spec.Dimensions)))
        {
            return $"gives tensor '{name}' the shape {WhisperTensorSpec.FormatShape(dimensions)}; " +
                   $"these hyper-parameters need {spec.ShapeText}";
        }

        return cursor.TrySkip(spec.DataBytes)
            ? null
            : $"is truncated: tensor '{name}' needs {spec.DataBytes} bytes of data but only {cursor.Remaining} remain";
    }

    /// <summary>whisper.cpp compares shapes with missing trailing dimensions read as 1.</summary>
    private static IEnumerable<int> Padded(int[] dimensions) => dimensions.Concat(Enumerable.Repeat(1, MaxDimensions - dimensions.Length));

    private static string TypeName(int type) =>
        Enum.IsDefined((GgmlTensorType)type) ? ((GgmlTensorType)type).ToString() : $"ggml type {type} (unknown)";
}
