using System.Diagnostics;

namespace Catalog.Data.LocalPostgres;

/// <summary>Runs a PostgreSQL binary, as the <c>postgres</c> system user when we are root.</summary>
internal static class ProcessRunner
{
    public static async Task<string> RunAsync(
        string executable, IReadOnlyList<string> arguments, string? runAsUser, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAsUser is null)
        {
            startInfo.FileName = executable;
        }
        else
        {
            // initdb and postgres refuse to run as root; runuser switches without a password.
            startInfo.FileName = "runuser";
            startInfo.ArgumentList.Add("-u");
            startInfo.ArgumentList.Add(runAsUser);
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(executable);
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await stdout;
        var error = await stderr;
        if (process.ExitCode != 0)
        {
            throw new LocalPostgresException(
                $"{Path.GetFileName(executable)} exited with code {process.ExitCode}: {error.Trim()} {output.Trim()}".Trim());
        }

        return output;
    }

    public static Task ChangeOwnerAsync(string path, string user, CancellationToken cancellationToken) =>
        RunAsync("chown", ["-R", $"{user}:", path], runAsUser: null, cancellationToken);
}
