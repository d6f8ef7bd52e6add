namespace Catalog.Speech.Models;

/// <summary>
/// What the validator found: a model whisper.cpp can load, with its shape, or one clear message
/// naming the file, what is wrong and, where there is one, the fix.
/// </summary>
public sealed class WhisperModelValidation
{
    private WhisperModelValidation(string path, WhisperModelShape? shape, string? message, long fileBytes)
    {
        Path = path;
        Shape = shape;
        Message = message;
        FileBytes = fileBytes;
    }

    public string Path { get; }

    public bool IsValid => Message is null;

    /// <summary>The hyper-parameters; set when the file is valid.</summary>
    public WhisperModelShape? Shape { get; }

    /// <summary>Why the file must not be loaded, naming the file and the fix; set when it is invalid.</summary>
    public string? Message { get; }

    public long FileBytes { get; }

    public static WhisperModelValidation Valid(string path, WhisperModelShape shape, long fileBytes) =>
        new(path, shape, null, fileBytes);

    public static WhisperModelValidation Invalid(string path, string message, long fileBytes = 0) =>
        new(path, null, message, fileBytes);

    public override string ToString() => IsValid ? $"Speech model file '{Path}' is valid ({Shape!.Describe()})." : Message!;
}
