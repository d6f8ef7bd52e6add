using System.Text.Json;

namespace Catalog.Import;

/// <summary>
/// Reads a whole JSON file in two steps, so that each failure gets a message that names the file,
/// the record and the field: syntax first ("not valid JSON at line 3"), then shape
/// ("movies-1980s.json, record 12 ("Tron"): 'year' has the wrong type").
/// </summary>
internal static class JsonFileReader
{
    /// <param name="recordsProperty">The array of records: null when the file is the array itself.</param>
    public static T Read<T>(string file, byte[] bytes, JsonSerializerOptions options, string? recordsProperty, string labelProperty)
    {
        using var document = Parse(file, bytes);
        try
        {
            return document.Deserialize<T>(options)
                ?? throw new ImportFormatException(file, null, null, "the file holds JSON null instead of records");
        }
        catch (JsonException ex)
        {
            throw DescribeShapeError(file, document, ex, recordsProperty, labelProperty);
        }
    }

    private static JsonDocument Parse(string file, byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new ImportFormatException(
                file, null, null, $"is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})", ex);
        }
    }

    private static ImportFormatException DescribeShapeError(
        string file, JsonDocument document, JsonException ex, string? recordsProperty, string labelProperty)
    {
        var recordsPath = recordsProperty is null ? "$" : "$." + recordsProperty;
        var path = ex.Path ?? "$";
        if (!path.StartsWith(recordsPath + "[", StringComparison.Ordinal))
        {
            return new ImportFormatException(file, null, null, $"does not have the expected shape at {path}", ex);
        }

        var close = path.IndexOf(']', recordsPath.Length);
        var index = int.Parse(path.AsSpan(recordsPath.Length + 1, close - recordsPath.Length - 1));
        var field = path[(close + 1)..].TrimStart('.');
        var reason = field.Length == 0 ? "the record is not an object" : $"'{field}' has the wrong type";
        return new ImportFormatException(file, index + 1, LabelOf(document, recordsProperty, index, labelProperty), reason, ex);
    }

    /// <summary>The record's title or id, to name it in the message.</summary>
    private static string? LabelOf(JsonDocument document, string? recordsProperty, int index, string labelProperty)
    {
        var records = document.RootElement;
        if (recordsProperty is not null
            && (records.ValueKind != JsonValueKind.Object || !records.TryGetProperty(recordsProperty, out records)))
        {
            return null;
        }

        if (records.ValueKind != JsonValueKind.Array || index >= records.GetArrayLength())
        {
            return null;
        }

        var record = records[index];
        return record.ValueKind == JsonValueKind.Object
            && record.TryGetProperty(labelProperty, out var label)
            && label.ValueKind == JsonValueKind.String
            ? label.GetString()
            : null;
    }
}
