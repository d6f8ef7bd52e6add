using Catalog.Speech.Models;
using Whisper.net.Ggml;

namespace Catalog.Cli.Commands;

/// <summary>
/// Downloads ggml Whisper weights with Whisper.net's downloader into a folder. The file is written
/// beside its final name and checked before it is moved there, so an interrupted or bad download
/// never leaves a model the web app would try to load.
/// </summary>
internal sealed class ModelPuller(HttpClient http)
{
    public static readonly IReadOnlyDictionary<string, GgmlType> Known = new Dictionary<string, GgmlType>(StringComparer.OrdinalIgnoreCase)
    {
        ["tiny.en"] = GgmlType.TinyEn,
        ["base.en"] = GgmlType.BaseEn,
        ["small.en"] = GgmlType.SmallEn,
    };

    public static string FileName(string name) => $"ggml-{name.ToLowerInvariant()}.bin";

    /// <returns>The path of the checked model file.</returns>
    /// <exception cref="ModelPullException">Unknown name, failed download or a file that does not check out.</exception>
    public async Task<string> PullAsync(string name, string folder, IProgress<long>? progress, CancellationToken ct)
    {
        if (!Known.TryGetValue(name, out var type))
        {
            throw new ModelPullException($"unknown model '{name}'; choose one of {string.Join(", ", Known.Keys)}.");
        }

        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, FileName(name));
        var partial = target + ".partial";
        try
        {
            await DownloadAsync(type, partial, progress, ct);
            var check = WhisperModelFileValidator.Validate(partial);
            if (!check.IsValid)
            {
                throw new ModelPullException($"the downloaded {name} model does not check out: {check.Message}");
            }

            File.Move(partial, target, overwrite: true);
            return target;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private async Task DownloadAsync(GgmlType type, string path, IProgress<long>? progress, CancellationToken ct)
    {
        try
        {
            await using var source = await new WhisperGgmlDownloader(http).GetGgmlModelAsync(type, QuantizationType.NoQuantization, ct);
            await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                total += read;
                progress?.Report(total);
            }
        }
        catch (HttpRequestException ex)
        {
            throw new ModelPullException($"the download failed ({ex.Message}); this needs internet access to huggingface.co. On a machine without it, copy a ggml file over and set Speech:ModelPath.");
        }
    }
}
