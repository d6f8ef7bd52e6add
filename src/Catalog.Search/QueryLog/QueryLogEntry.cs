using Catalog.Search.Searching;

namespace Catalog.Search.QueryLog;

/// <summary>One search as the query log keeps it.</summary>
public sealed record QueryLogEntry(DateTimeOffset At, string Source, SearchResponse Response)
{
    /// <summary>How many result ids are kept: enough to see what the viewer saw first.</summary>
    public const int FirstResults = 10;

    public const int MaxTextLength = 2000;
}
