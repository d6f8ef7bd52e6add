using Microsoft.Extensions.Logging;
using Whisper.net.LibraryLoader;
using Whisper.net.Logger;

namespace Catalog.Speech.Transcription;

/// <summary>
/// Whisper.net's process-wide native runtime settings. The runtime library is chosen once, when
/// the first WhisperFactory is created, from <see cref="RuntimeOptions.RuntimeLibraryOrder"/>;
/// afterwards <see cref="RuntimeOptions.LoadedLibrary"/> says which one it was.
/// </summary>
internal static class WhisperRuntime
{
    private static readonly Lock Gate = new();

    public static string LoadedLibraryName => RuntimeOptions.LoadedLibrary?.ToString() ?? "unknown";

    public static void ApplyLibraryOrder(IReadOnlyList<RuntimeLibrary> order, ILogger logger)
    {
        if (order.Count == 0)
        {
            return;
        }

        lock (Gate)
        {
            if (RuntimeOptions.LoadedLibrary is { } loaded)
            {
                if (!order.Contains(loaded))
                {
                    logger.LogWarning(
                        "Speech:RuntimeLibraryOrder asks for {Order}, but Whisper.net already loaded {Loaded} in this process; it cannot change until restart.",
                        string.Join(", ", order), loaded);
                }

                return;
            }

            RuntimeOptions.RuntimeLibraryOrder = [.. order];
        }
    }

    /// <summary>Sends whisper.cpp's own log lines to <paramref name="logger"/>: problems as warnings, the rest as debug.</summary>
    public static IDisposable ForwardNativeLog(ILogger logger) =>
        LogProvider.AddLogger((level, message) =>
        {
            var text = message?.TrimEnd();
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            if (level is WhisperLogLevel.Error or WhisperLogLevel.Warning)
            {
                logger.LogWarning("whisper.cpp: {Message}", text);
            }
            else
            {
                logger.LogDebug("whisper.cpp: {Message}", text);
            }
        });
}
