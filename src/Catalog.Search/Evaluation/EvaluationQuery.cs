using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalog.Search.Evaluation;

/// <summary>One judged query of ../shared/eval: its text and the source ids of every relevant title.</summary>
public sealed record EvaluationQuery(string Id, string Kind, string Query, IReadOnlyList<string> Relevant)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Reads JSON-lines files; a bad line is an error naming the file and line.</summary>
    public static List<EvaluationQuery> Load(IEnumerable<string> files)
    {
        var queries = new List<EvaluationQuery>();
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var record = JsonSerializer.Deserialize<Record>(line, Json)!;
                    if (record.Id is null || record.Kind is null || record.Query is null || record.Relevant is null)
                    {
                        throw new JsonException("id, kind, query and relevant are required");
                    }

                    queries.Add(new EvaluationQuery(record.Id, record.Kind, record.Query, record.Relevant));
                }
                catch (JsonException ex)
                {
                    throw new FormatException($"{Path.GetFileName(file)}, line {number}: {ex.Message}", ex);
                }
            }
        }

        return queries;
    }

    private sealed record Record(string? Id, string? Kind, string? Query, List<string>? Relevant)
    {
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Rest { get; init; }
    }
}
