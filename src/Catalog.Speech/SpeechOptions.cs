using System.Text.RegularExpressions;
using Catalog.Core.Configuration;
using Whisper.net.LibraryLoader;

namespace Catalog.Speech;

/// <summary>Configuration section "Speech": which Whisper model, and how transcription runs.</summary>
public sealed partial class SpeechOptions
{
    public const string SectionName = "Speech";

    /// <summary>
    /// Whisper's prompt is read as text that came before the clip; words in it become likelier,
    /// which helps the catalog's vocabulary win over sound-alikes. Every prompt token is decoded on
    /// every request (about 2 ms each for base.en on 2 cores, logits included), so this one only
    /// carries what Whisper gets wrong unaided: hyphenated genre names and the decade style ('80s,
    /// which the other decades follow). Plain genre words (thriller, comedy) need no help. The
    /// earlier 37-token list cost 0.1–0.2 s per request; see docs/benchmarks.md.
    /// </summary>
    public const string DefaultInitialPrompt = "Sci-fi and rom-com movies from the '80s.";

    public const int MaxPoolSize = 64;
    public const int MaxThreads = 64;
    public const int MaxPromptCharacters = 1000;
    public const int LongestClipSeconds = 30;

    /// <summary>Whisper decodes at most half its 448 text positions per segment.</summary>
    public const int MaxTokensPerSegment = 224;

    /// <summary>A ggml Whisper model file (e.g. ggml-base.en.bin); voice search is off without one.</summary>
    public string? ModelPath { get; set; }

    /// <summary>ISO 639-1 code such as "en", or "auto" to detect it (multilingual models only).</summary>
    public string Language { get; set; } = "en";

    /// <summary>Processors that may run at once; 0 means one per core.</summary>
    public int PoolSize { get; set; }

    /// <summary>Threads each processor uses; 0 shares the cores among the pool (at least one each).</summary>
    public int ThreadsPerProcessor { get; set; }

    /// <summary>Text that biases recognition toward the catalog's words; empty for none.</summary>
    public string? InitialPrompt { get; set; } = DefaultInitialPrompt;

    public AudioContextMode AudioContext { get; set; } = AudioContextMode.Auto;

    /// <summary>Encoder positions when <see cref="AudioContext"/> is Fixed (1 to 1500; 50 per second of audio).</summary>
    public int AudioContextFrames { get; set; }

    /// <summary>
    /// Re-decode at rising temperatures when a result looks unreliable (Whisper's default). Turn it
    /// off for benchmarks: a random or poor model fails those checks and re-decodes up to five times.
    /// </summary>
    public bool TemperatureFallback { get; set; } = true;

    /// <summary>
    /// whisper.cpp's flash attention (off in its defaults). On the CPU runtime here it took a
    /// quarter off the full 30 s window and left the transcripts unchanged; see docs/benchmarks.md.
    /// </summary>
    public bool FlashAttention { get; set; } = true;

    /// <summary>Most tokens decoded per segment; 0 for Whisper's own limit.</summary>
    public int MaxTokens { get; set; }

    /// <summary>
    /// Native runtimes to try, in order, by Whisper.net's names ("Cuda", "Cpu", ...); empty keeps
    /// Whisper.net's default order (GPU runtimes first, where their packages are installed).
    /// </summary>
    public List<string> RuntimeLibraryOrder { get; set; } = [];

    /// <summary>Longest clip accepted, in seconds (at most 30, one Whisper window).</summary>
    public int MaxClipSeconds { get; set; } = 15;

    public int EffectivePoolSize => PoolSize > 0 ? PoolSize : Environment.ProcessorCount;

    public int EffectiveThreadsPerProcessor =>
        ThreadsPerProcessor > 0 ? ThreadsPerProcessor : Math.Max(1, Environment.ProcessorCount / EffectivePoolSize);

    public void Validate()
    {
        if (Language != "auto" && !LanguageCode().IsMatch(Language ?? ""))
        {
            throw new ArgumentException($"{SectionName}:{nameof(Language)} must be a language code such as \"en\", or \"auto\"; it is \"{Language}\".", nameof(Language));
        }

        ThrowIfOutside(nameof(PoolSize), PoolSize, 0, MaxPoolSize, "0 (one per core)");
        ThrowIfOutside(nameof(ThreadsPerProcessor), ThreadsPerProcessor, 0, MaxThreads, "0 (share the cores)");
        ThrowIfOutside(nameof(MaxTokens), MaxTokens, 0, MaxTokensPerSegment, "0 (no cap)");
        ThrowIfOutside(nameof(MaxClipSeconds), MaxClipSeconds, 1, LongestClipSeconds, "1");
        if (AudioContext == AudioContextMode.Fixed)
        {
            ThrowIfOutside(nameof(AudioContextFrames), AudioContextFrames, 1, 1500, "1 (with AudioContext Fixed)");
        }
        else if (!Enum.IsDefined(AudioContext))
        {
            throw new ArgumentOutOfRangeException(nameof(AudioContext), AudioContext, $"{SectionName}:{nameof(AudioContext)} must be Auto, Fixed or Full.");
        }

        if (InitialPrompt?.Length > MaxPromptCharacters)
        {
            throw new ArgumentException(
                $"{SectionName}:{nameof(InitialPrompt)} is {InitialPrompt.Length} characters; keep it under {MaxPromptCharacters} " +
                "(Whisper keeps only the last 224 tokens of a prompt).", nameof(InitialPrompt));
        }

        _ = ParseRuntimeLibraryOrder();
    }

    /// <summary>The configured runtime order as Whisper.net's enum; throws on an unknown name.</summary>
    public IReadOnlyList<RuntimeLibrary> ParseRuntimeLibraryOrder() =>
        ConfiguredOrder.Parse<RuntimeLibrary>(
            RuntimeLibraryOrder, $"{SectionName}:{nameof(RuntimeLibraryOrder)}", "a Whisper.net runtime library", nameof(RuntimeLibraryOrder));

    private static void ThrowIfOutside(string name, int value, int min, int max, string lowest)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{SectionName}:{name} must be between {lowest} and {max}; it is {value}.");
        }
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
