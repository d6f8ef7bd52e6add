using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Catalog.Audio;
using Catalog.Speech;
using Catalog.Speech.Models;
using Catalog.Speech.Transcription;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog bench speech</c>: transcription latency for 2, 4, 6 and 8 s clips with tiny.en- and
/// base.en-shaped random-weight models, F16 or quantized ("base.en-q4_0"), and the configured real
/// model if any; full versus
/// shortened encoder context, 1 and 2 threads, temperature fallback off and 8 tokens at most.
/// The options only pick which cases run and with which prompt; clips, token cap and decoding
/// stay the same, so runs with different options can be compared case by case.
/// </summary>
internal static class SpeechBenchCommand
{
    // 6 s: the longest utterance the latency target speaks of.
    private static readonly double[] ClipSeconds = [2, 4, 6, 8];

    public static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "Measured runs per case (after one warm-up run).", DefaultValueFactory = _ => 5 };
        var models = new Option<string[]>("--shapes") { Description = "Random-weight model shapes to time: tiny.en, base.en, optionally quantized (base.en-q4_0, -q5_1, -q8_0 ...).", DefaultValueFactory = _ => ["tiny.en", "base.en"], AllowMultipleArgumentsPerToken = true };
        var folder = new Option<string>("--model-folder") { Description = "Where the random-weight model files are written (kept for the next run).", DefaultValueFactory = _ => Path.Combine(".data", "bench-models") };
        var threads = new Option<int[]>("--threads") { Description = "Threads per processor to time.", DefaultValueFactory = _ => [1, 2], AllowMultipleArgumentsPerToken = true };
        var modes = new Option<AudioContextMode[]>("--contexts") { Description = "Encoder context modes to time (Full, Auto).", DefaultValueFactory = _ => [AudioContextMode.Full, AudioContextMode.Auto], AllowMultipleArgumentsPerToken = true };
        var prompt = new Option<string>("--prompt") { Description = "Initial prompt (default: the built-in one, as the app uses).", DefaultValueFactory = _ => SpeechOptions.DefaultInitialPrompt };
        var noPrompt = new Option<bool>("--no-prompt") { Description = "Run without an initial prompt." };
        var flash = new Option<bool>("--flash-attention") { Description = "whisper.cpp flash attention (default: Speech:FlashAttention's default).", DefaultValueFactory = _ => new SpeechOptions().FlashAttention };
        var command = new Command("speech", "Benchmark transcription latency with Whisper.net (random-weight models of the real shapes, and Speech:ModelPath when set).")
        {
            Options = { rounds, models, folder, threads, modes, prompt, noPrompt, flash },
        };
        command.SetAction(async (parse, ct) =>
        {
            var files = new List<(string Label, string Path)>();
            foreach (var name in parse.GetRequiredValue(models))
            {
                var shape = WhisperModelShape.FromName(name);
                if (shape is null)
                {
                    CliOutput.Error($"unknown model shape '{name}'; use tiny.en or base.en, optionally with -q4_0, -q4_1, -q5_0, -q5_1 or -q8_0.");
                    return 2;
                }

                files.Add(($"{name} (random)", await EnsureModelAsync(parse.GetRequiredValue(folder), name, shape, ct)));
            }

            if (RealModelPath() is { } real)
            {
                files.Add((Path.GetFileName(real), real));
            }

            PrintDecodeCost();
            var plan = new BenchPlan(
                parse.GetValue(rounds), parse.GetRequiredValue(threads), parse.GetRequiredValue(modes),
                parse.GetValue(noPrompt) ? "" : parse.GetValue(prompt) ?? "", parse.GetValue(flash));
            await RunAsync(files, plan, ct);
            return 0;
        });
        return command;
    }

    private static string? RealModelPath()
    {
        var path = CliConfiguration.Load()[$"{SpeechOptions.SectionName}:{nameof(SpeechOptions.ModelPath)}"];
        return string.IsNullOrWhiteSpace(path) ? null : path;
    }

    private static async Task<string> EnsureModelAsync(string folder, string name, WhisperModelShape shape, CancellationToken ct)
    {
        var path = Path.Combine(folder, $"ggml-{name}-random.bin");
        if (!WhisperModelFileValidator.Validate(path).IsValid)
        {
            Directory.CreateDirectory(folder);
            CliOutput.Info($"writing a {name}-shaped random-weight model to {path}...");
            await SyntheticWhisperModelWriter.WriteAsync(path, shape, cancellationToken: ct);
        }

        return path;
    }

    /// <summary>Decoding and resampling an 8 s 48 kHz upload, for scale next to transcription.</summary>
    private static void PrintDecodeCost()
    {
        var wav = WavEncoder.EncodePcm16(Resampler.Resample(SyntheticVoice.Generate(8), DecodedAudio.SampleRate, 48_000), 48_000);
        var times = Measure(21, () => AudioInput.DecodeTo16kMono(wav, AudioLimits.Default));
        CliOutput.Info($"decode + resample, 8 s of 48 kHz 16-bit WAV: p50 {F(Percentiles.Of(times, 50))} ms, p95 {F(Percentiles.Of(times, 95))} ms");
    }

    private static async Task RunAsync(List<(string Label, string Path)> files, BenchPlan plan, CancellationToken ct)
    {
        var rounds = plan.Rounds;
        var loadAtStart = LoadAverage();
        var table = new Table().AddColumns("model", "clip", "context", "threads", "p50 (ms)", "p95 (ms)");
        foreach (var (label, path) in files)
        {
            foreach (var mode in plan.Modes)
            {
                foreach (var threads in plan.Threads)
                {
                    var options = new SpeechOptions
                    {
                        ModelPath = path, PoolSize = 1, ThreadsPerProcessor = threads, AudioContext = mode, TemperatureFallback = false, MaxTokens = 8,
                        InitialPrompt = plan.Prompt, FlashAttention = plan.FlashAttention,
                    };
                    await using var transcriber = new WhisperSpeechTranscriber(options, NullLogger<WhisperSpeechTranscriber>.Instance);
                    foreach (var seconds in ClipSeconds)
                    {
                        var clip = SyntheticVoice.Generate(seconds);
                        var last = await transcriber.TranscribeAsync(clip, ct);
                        var times = new List<double>();
                        for (var round = 0; round < rounds; round++)
                        {
                            last = await transcriber.TranscribeAsync(clip, ct);
                            times.Add(last.Elapsed.TotalMilliseconds);
                        }

                        times.Sort();
                        table.AddRow(label, $"{seconds:0} s", last.AudioContext.ToString(CultureInfo.InvariantCulture), threads.ToString(CultureInfo.InvariantCulture),
                            F(Percentiles.Of(times, 50)), F(Percentiles.Of(times, 95)));
                    }
                }
            }
        }

        CliOutput.Info($"transcription, greedy, temperature fallback off, at most 8 tokens, {rounds} runs after a warm-up, one processor, " +
            $"flash attention {(plan.FlashAttention ? "on" : "off")}, prompt {(plan.Prompt.Length == 0 ? "none" : $"\"{plan.Prompt}\"")}, " +
            $"load average {loadAtStart} at the start, {LoadAverage()} at the end:");
        AnsiConsole.Write(table);
    }

    /// <summary>The machine's 1-minute load average, where Linux reports one: other work skews the timings.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static List<double> Measure(int runs, Action action)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static string F(double value) => Percentiles.Format(value, "0");

    private sealed record BenchPlan(int Rounds, int[] Threads, AudioContextMode[] Modes, string Prompt, bool FlashAttention);
}
