using System.Text;

namespace Catalog.Speech.Models;

/// <summary>
/// Checks a ggml Whisper file before Whisper.net loads it. whisper.cpp trusts the file: a wrong
/// tensor type or a missing vocabulary token is not an error it returns but a native abort that
/// ends the whole process, and declared sizes go straight into allocations. So every part is
/// checked here against the layout whisper.cpp will build for the declared hyper-parameters.
/// Reads the header and vocabulary (well under 1 MB) and seeks past tensor data, so it is cheap
/// even for large files. Expected failures come back as an invalid result, never as exceptions.
/// </summary>
public static class WhisperModelFileValidator
{
    public static WhisperModelValidation Validate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            return WhisperModelValidation.Invalid(fullPath, $"Speech model file '{fullPath}' does not exist.");
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Validate(stream, fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return WhisperModelValidation.Invalid(fullPath, $"Speech model file '{fullPath}' could not be read: {exception.Message}");
        }
    }

    /// <summary>Validates a seekable stream; <paramref name="path"/> only names it in messages.</summary>
    public static WhisperModelValidation Validate(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var cursor = new ModelFileCursor(stream);
        var shape = WhisperModelShape.Test;
        var error = CheckMagic(cursor) ?? ReadHeader(cursor, out shape);
        error ??= CheckMelFilters(cursor, shape) ?? CheckVocabulary(cursor, shape) ?? new TensorTableCheck(cursor, shape).Run();
        return error is null
            ? WhisperModelValidation.Valid(path, shape, cursor.Length)
            : WhisperModelValidation.Invalid(path, $"Speech model file '{path}' {error}.", cursor.Length);
    }

    private static string? CheckMagic(ModelFileCursor cursor)
    {
        if (cursor.Length == 0)
        {
            return "is empty (0 bytes); download the model again (`catalog models pull base.en`)";
        }

        if (!cursor.TryReadInt32(out var magic))
        {
            return $"is only {cursor.Length} bytes long, too short to be a ggml model";
        }

        return (uint)magic switch
        {
            GgmlFormat.Magic => null,
            GgmlFormat.GgufMagic => "is a GGUF file; whisper.cpp reads Whisper models only in the legacy ggml layout (ggml-*.bin)",
            _ => $"does not start with the ggml magic 0x{GgmlFormat.Magic:X8} (found 0x{(uint)magic:X8}); it is not a ggml Whisper model",
        };
    }

    private static string? ReadHeader(ModelFileCursor cursor, out WhisperModelShape shape)
    {
        shape = WhisperModelShape.Test;
        var values = new int[11];
        for (var i = 0; i < values.Length; i++)
        {
            if (!cursor.TryReadInt32(out values[i]))
            {
                return $"is truncated: it ends inside the hyper-parameters ({GgmlFormat.HeaderBytes} bytes needed, {cursor.Length} present)";
            }
        }

        shape = new WhisperModelShape
        {
            VocabularySize = values[0], AudioContext = values[1], AudioState = values[2], AudioHeads = values[3],
            AudioLayers = values[4], TextContext = values[5], TextState = values[6], TextHeads = values[7],
            TextLayers = values[8], MelBands = values[9], FileType = values[10],
        };
        return WhisperShapeRules.Problem(shape);
    }

    private static string? CheckMelFilters(ModelFileCursor cursor, WhisperModelShape shape)
    {
        if (!cursor.TryReadInt32(out var bands) || !cursor.TryReadInt32(out var bins))
        {
            return "is truncated: it ends before the mel filters";
        }

        if (bands != shape.MelBands || bins != GgmlFormat.FrequencyBins)
        {
            return $"has mel filters of {bands} × {bins}; n_mels {shape.MelBands} needs {shape.MelBands} × {GgmlFormat.FrequencyBins} " +
                   "(one row per mel band, one column per bin of a 400-point FFT)";
        }

        return cursor.TrySkip((long)bands * bins * 4)
            ? null
            : $"is truncated: it ends inside the mel filters ({bands} × {bins} floats declared)";
    }

    private static string? CheckVocabulary(ModelFileCursor cursor, WhisperModelShape shape)
    {
        if (!cursor.TryReadInt32(out var count))
        {
            return "is truncated: it ends before the vocabulary";
        }

        if (count < 1 || count > shape.VocabularySize)
        {
            return $"declares {count} vocabulary tokens; expected 1 to n_vocab ({shape.VocabularySize}), usually 50256 for English";
        }

        var hasSpace = false;
        for (var id = 0; id < count; id++)
        {
            if (!cursor.TryReadInt32(out var length))
            {
                return $"is truncated: it ends inside the vocabulary (token {id} of {count})";
            }

            if (length is < 0 or > GgmlFormat.MaxTokenBytes)
            {
                return $"declares vocabulary token {id} as {(uint)length} bytes long; tokens are at most {GgmlFormat.MaxTokenBytes}";
            }

            if (!cursor.TryRead(length, out var token))
            {
                return $"is truncated: it ends inside the vocabulary (token {id} of {count})";
            }

            hasSpace |= token is [(byte)' '];
        }

        return hasSpace
            ? null
            : "has no vocabulary token \" \" (a single space); whisper.cpp looks it up while decoding and aborts the process " +
              "without it. Write the full GPT-2/Whisper vocabulary";
    }

    /// <summary>A tensor name as it can be shown in a message, whatever bytes the file holds.</summary>
    internal static string Printable(ReadOnlySpan<byte> name)
    {
        var text = Encoding.UTF8.GetString(name);
        var cleaned = new string([.. text.Take(80).Select(c => char.IsControl(c) || c == '\uFFFD' ? '?' : c)]);
        return text.Length > 80 ? cleaned + "…" : cleaned;
    }
}
