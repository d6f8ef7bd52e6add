using System.Diagnostics;

namespace Catalog.Browser.Tests;

/// <summary>
/// A microphone for Firefox, which has no "play this file" fake device: a PulseAudio null sink
/// made the default source (through its monitor), into which the test plays a WAV when it wants
/// the page to hear it. Starts a PulseAudio server when none runs; the sink is removed on dispose.
/// </summary>
internal sealed class PulseAudioMicrophone : IAsyncDisposable
{
    private const string SinkName = "catalog_test_microphone";
    private readonly string _module;

    private PulseAudioMicrophone(string module) => _module = module;

    /// <summary>Null when PulseAudio is not installed: the caller skips and says why.</summary>
    public static async Task<PulseAudioMicrophone?> StartAsync()
    {
        if (!File.Exists("/usr/bin/pulseaudio") || !File.Exists("/usr/bin/pactl"))
        {
            return null;
        }

        if ((await RunAsync("pactl", "info")).ExitCode != 0)
        {
            await RunAsync("pulseaudio", "--start", "--exit-idle-time=-1");
        }

        var loaded = await RunAsync("pactl", "load-module", "module-null-sink", $"sink_name={SinkName}", "rate=48000", "channels=1");
        if (loaded.ExitCode != 0)
        {
            throw new InvalidOperationException($"PulseAudio would not make the test microphone: {loaded.Output}");
        }

        await RunAsync("pactl", "set-default-source", SinkName + ".monitor");
        return new PulseAudioMicrophone(loaded.Output.Trim());
    }

    /// <summary>Plays the WAV into the microphone; returns when it has been played.</summary>
    public async Task SayAsync(string wav)
    {
        var played = await RunAsync("paplay", $"--device={SinkName}", wav);
        if (played.ExitCode != 0)
        {
            throw new InvalidOperationException($"paplay failed: {played.Output}");
        }
    }

    public async ValueTask DisposeAsync() => await RunAsync("pactl", "unload-module", _module);

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }
}
