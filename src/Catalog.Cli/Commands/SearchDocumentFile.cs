using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Search.Retrieval;

namespace Catalog.Cli.Commands;

/// <summary>
/// The catalog's search documents as JSON lines, so the embedding benchmark can run where the
/// database is not (a GPU machine that cannot reach it). Written whole or not at all.
/// </summary>
internal static class SearchDocumentFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task WriteAsync(string path, IEnumerable<SearchDocument> documents, CancellationToken ct)
    {
        var partial = path + ".partial";
        await using (var writer = new StreamWriter(partial))
        {
            foreach (var document in documents)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(document, Json).AsMemory(), ct);
            }
        }

        File.Move(partial, path, overwrite: true);
    }

    /// <exception cref="FormatException">A line is not a search document; the message names the line.</exception>
    public static async Task<List<SearchDocument>> ReadAsync(string path, CancellationToken ct)
    {
        var documents = new List<SearchDocument>();
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                documents.Add(JsonSerializer.Deserialize<SearchDocument>(line, Json)
                    ?? throw new FormatException("null is not a document"));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}, line {number}: not a search document ({ex.Message})", ex);
            }
        }

        return documents;
    }
}
