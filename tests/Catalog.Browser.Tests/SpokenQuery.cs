using System.Diagnostics;
using Catalog.Audio;

namespace Catalog.Browser.Tests;

/// <summary>
/// A query spoken by espeak-ng into a WAV for Chromium's fake microphone, followed by silence so
/// that the page's trailing-silence stop fires (Chromium loops the file).
/// </summary>
internal static class SpokenQuery
{
    public static async Task<string> WriteAsync(string text, string folder, TimeSpan trailingSilence)
    {
        var spoken = Path.Combine(folder, "spoken.wav");
        var startInfo = new ProcessStartInfo("espeak-ng", ["-s", "150", "-w", spoken, text]) { RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("espeak-ng did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("espeak-ng is needed to speak the test query: apt-get install espeak-ng (scripts/prerequisites.sh does it).", ex);
        }

        using (process)
        {
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"espeak-ng failed: {await process.StandardError.ReadToEndAsync()}");
            }
        }

        var speech = AudioInput.DecodeTo16kMono(await File.ReadAllBytesAsync(spoken), AudioLimits.Default).Samples;
        var padded = new float[speech.Length + (int)(trailingSilence.TotalSeconds * DecodedAudio.SampleRate)];
        speech.CopyTo(padded, 0);
        var path = Path.Combine(folder, "query.wav");
        await File.WriteAllBytesAsync(path, WavEncoder.EncodePcm16(padded, DecodedAudio.SampleRate));
        return path;
    }
}
