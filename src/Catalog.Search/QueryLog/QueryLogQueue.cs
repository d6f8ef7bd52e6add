using System.Threading.Channels;

namespace Catalog.Search.QueryLog;

/// <summary>
/// The bounded in-memory queue between searches and the query-log writer. A search only ever
/// tries to enqueue: when the writer falls behind and the queue is full, the entry is dropped
/// and counted rather than making the viewer wait.
/// </summary>
public sealed class QueryLogQueue(int capacity = QueryLogQueue.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Channel<QueryLogEntry> _channel = Channel.CreateBounded<QueryLogEntry>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private long _dropped;

    public long Dropped => Interlocked.Read(ref _dropped);

    public ChannelReader<QueryLogEntry> Reader => _channel.Reader;

    public void Enqueue(QueryLogEntry entry)
    {
        if (!_channel.Writer.TryWrite(entry))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public void Complete() => _channel.Writer.TryComplete();
}
