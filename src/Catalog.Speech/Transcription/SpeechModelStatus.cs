using Catalog.Speech.Models;

namespace Catalog.Speech.Transcription;

/// <summary>
/// Whether voice search can run, and if not, why and what to do about it: the app starts without
/// a model and shows this instead of failing.
/// </summary>
public sealed class SpeechModelStatus
{
    public const string PullCommand = "catalog models pull base.en";

    private SpeechModelStatus(bool isAvailable, string? modelPath, WhisperModelShape? shape, string? reason, string? fix)
    {
        IsAvailable = isAvailable;
        ModelPath = modelPath;
        Shape = shape;
        Reason = reason;
        Fix = fix;
    }

    /// <summary>Before <see cref="Check"/> has run (the app is still starting).</summary>
    public static SpeechModelStatus NotChecked { get; } =
        new(false, null, null, "The speech model has not been checked yet.", "Wait for start-up to finish.");

    public bool IsAvailable { get; }

    /// <summary>The configured model file, as a full path; null when none is configured.</summary>
    public string? ModelPath { get; }

    /// <summary>The model's hyper-parameters; set when available.</summary>
    public WhisperModelShape? Shape { get; }

    /// <summary>Why voice search is off; null when available.</summary>
    public string? Reason { get; }

    /// <summary>What to do about it; null when available.</summary>
    public string? Fix { get; }

    /// <summary>Checks the configured model file (without loading it: see <see cref="WhisperModelFileValidator"/>).</summary>
    public static SpeechModelStatus Check(SpeechOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            return new(false, null, null, "No speech model is configured.",
                $"Set {SpeechOptions.SectionName}:{nameof(SpeechOptions.ModelPath)} or run `{PullCommand}`.");
        }

        var path = Path.GetFullPath(options.ModelPath);
        if (!File.Exists(path))
        {
            return new(false, path, null, $"The speech model file '{path}' does not exist.",
                $"Run `{PullCommand}`, or point {SpeechOptions.SectionName}:{nameof(SpeechOptions.ModelPath)} at a ggml Whisper model.");
        }

        var validation = WhisperModelFileValidator.Validate(path);
        return validation.IsValid
            ? new(true, path, validation.Shape, null, null)
            : new(false, path, null, validation.Message,
                $"Replace the file (`{PullCommand}`) or point {SpeechOptions.SectionName}:{nameof(SpeechOptions.ModelPath)} at a valid ggml Whisper model.");
    }

    /// <summary>One sentence or two for a log line, a tooltip or a 503 body.</summary>
    public string Message =>
        IsAvailable ? $"Voice search is on: {ModelPath} ({Shape!.Describe()})." : $"{Reason} {Fix}";

    public override string ToString() => Message;
}
