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

    /// <summary>Quantizations the downloader offers, by the suffix whisper.cpp's files use.</summary>
    public static readonly IReadOnlyDictionary<string, QuantizationType> Quantizations = new Dictionary<string, QuantizationType>(StringComparer.OrdinalIgnoreCase)
    {
        ["q4_0"] = QuantizationType.Q4_0,
        ["q4_1"] = QuantizationType.Q4_1,
        ["q5_0"] = QuantizationType.Q5_0,
        ["q5_1"] = QuantizationType.Q5_1,
        ["q8_0"] = QuantizationType.Q8_0,
    };

    public static string Choices => $"{string.Join(", ", Known.Keys)}, each optionally quantized as -{string.Join(", -", Quantizations.Keys)} (e.g. base.en-q5_1)";

    public static string FileName(string name) => $"ggml-{name.ToLowerInvariant()}.bin";

    /// <returns>The path of the checked model file.</returns>
    /// <exception cref="ModelPullException">Unknown name, failed download or a file that does not check out.</exception>
    public async Task<string> PullAsync(string name, string folder, IProgress<long>? progress, CancellationToken ct)
    {
        var (type, quantization, suffix) = Parse(name);

        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, FileName(name));
        var partial = target + ".partial";
        try
        {
            await DownloadAsync(type, quantization, partial, progress, ct);
            var check = WhisperModelFileValidator.Validate(partial);
            if (!check.IsValid)
            {
                throw new ModelPullException($"the downloaded {name} model does not check out: {check.Message}");
            }

            if (!string.Equals(check.Shape!.Quantization, suffix, StringComparison.OrdinalIgnoreCase))
            {
                throw new ModelPullException(
                    $"the downloaded {name} model is {check.Shape.Quantization ?? "F16"}, not {suffix ?? "F16"}; the download source serves another file under that name.");
            }

            File.Move(partial, target, overwrite: true);
            return target;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>"base.en" or "base.en-q5_1" into the downloader's model and quantization, and the suffix (null for F16).</summary>
    private static (GgmlType Type, QuantizationType Quantization, string? Suffix) Parse(string name)
    {
        var parts = name.Trim().Split('-', 2);
        if (!Known.TryGetValue(parts[0], out var type))
        {
            throw new ModelPullException($"unknown model '{name}'; choose one of {Choices}.");
        }

        if (parts.Length == 1)
        {
            return (type, QuantizationType.NoQuantization, null);
        }

        return Quantizations.TryGetValue(parts[1], out var quantization)
            ? (type, quantization, parts[1].ToLowerInvariant())
            : throw new ModelPullException($"unknown quantization '{parts[1]}'; choose one of {Choices}.");
    }

    private async Task DownloadAsync(GgmlType type, QuantizationType quantization, string path, IProgress<long>? progress, CancellationToken ct)
    {
        try
        {
            await using var source = await new WhisperGgmlDownloader(http).GetGgmlModelAsync(type, quantization, ct);
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
