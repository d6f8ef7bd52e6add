namespace Catalog.Import;

/// <summary>
/// A file cannot be imported as it is: bad JSON, a wrong type, an absurd value or an oversize
/// field. The message names the file and, where known, the record (1-based) and its title or id.
/// </summary>
public sealed class ImportFormatException : Exception
{
    public ImportFormatException(string file, int? recordNumber, string? recordLabel, string reason, Exception? inner = null)
        : base(Compose(file, recordNumber, recordLabel, reason), inner)
    {
        File = file;
        RecordNumber = recordNumber;
        Reason = reason;
    }

    public ImportFormatException()
    {
        File = string.Empty;
        Reason = string.Empty;
    }

    public ImportFormatException(string message)
        : base(message)
    {
        File = string.Empty;
        Reason = message;
    }

    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Reason = message;
    }

    public string File { get; }

    public int? RecordNumber { get; }

    public string Reason { get; }

    private static string Compose(string file, int? recordNumber, string? recordLabel, string reason)
    {
        var where = Path.GetFileName(file);
        if (recordNumber is { } number)
        {
            where += $", record {number}";
            if (!string.IsNullOrWhiteSpace(recordLabel))
            {
                where += $" (\"{recordLabel}\")";
            }
        }

        return $"{where}: {reason}";
    }
}
