namespace Catalog.Speech.Transcription;

/// <summary>One processor, lent by the pool until disposed.</summary>
internal sealed class ProcessorLease<T>(ProcessorPool<T> pool, int key, T item) : IAsyncDisposable
    where T : class, IAsyncDisposable
{
    private int _returned;
    private bool _discard;

    public T Item => item;

    public int Key => key;

    /// <summary>Dispose the processor on return instead of reusing it (after a cancelled or failed run).</summary>
    public void Discard() => _discard = true;

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _returned, 1) == 0 ? pool.ReturnAsync(key, item, _discard) : ValueTask.CompletedTask;
}
