namespace Catalog.Speech.Transcription;

/// <summary>
/// A bounded pool of processors, each built for one key (the audio context: Whisper.net fixes a
/// processor's parameters when it is built). At most <see cref="Capacity"/> exist at any moment,
/// idle ones included: a caller that finds no idle processor of its key either builds one while
/// there is room or replaces the least recently used idle one. Callers beyond the bound wait, and
/// a waiting caller's cancellation ends its wait. Disposal waits for every lent processor to
/// come back, so the caller may free what the processors use (the model) right after it.
/// </summary>
internal sealed class ProcessorPool<T> : IAsyncDisposable
    where T : class, IAsyncDisposable
{
    private readonly Func<int, T> _create;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _gate = new();
    private readonly List<(int Key, T Item)> _idle = [];
    private readonly CancellationTokenSource _closing = new();
    private int _alive;
    private int _peakAlive;
    private int _created;
    private volatile bool _closed;

    public ProcessorPool(int capacity, Func<int, T> create)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _create = create;
        _slots = new SemaphoreSlim(capacity, capacity);
    }

    public int Capacity { get; }

    /// <summary>Processors that exist now, busy or idle.</summary>
    public int Alive
    {
        get
        {
            lock (_gate)
            {
                return _alive;
            }
        }
    }

    /// <summary>The most that ever existed at once; never above <see cref="Capacity"/>.</summary>
    public int PeakAlive => Volatile.Read(ref _peakAlive);

    /// <summary>Processors built so far, replacements included.</summary>
    public int Created => Volatile.Read(ref _created);

    public async Task<ProcessorLease<T>> RentAsync(int key, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        await WaitForSlotAsync(cancellationToken);
        try
        {
            return new ProcessorLease<T>(this, key, await TakeOrCreateAsync(key));
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await _closing.CancelAsync();
        // Holding every slot means every lease has come back.
        for (var slot = 0; slot < Capacity; slot++)
        {
            await _slots.WaitAsync();
        }

        List<(int Key, T Item)> idle;
        lock (_gate)
        {
            idle = [.. _idle];
            _idle.Clear();
            _alive -= idle.Count;
        }

        foreach (var (_, item) in idle)
        {
            await item.DisposeAsync();
        }

        _closing.Dispose();
    }

    internal async ValueTask ReturnAsync(int key, T item, bool discard)
    {
        bool dispose;
        lock (_gate)
        {
            dispose = discard;
            if (dispose)
            {
                _alive--;
            }
            else
            {
                _idle.Add((key, item));
            }
        }

        try
        {
            if (dispose)
            {
                await item.DisposeAsync();
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task WaitForSlotAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        try
        {
            await _slots.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ObjectDisposedException(GetType().Name, "The processor pool closed while this caller waited.");
        }
    }

    private async Task<T> TakeOrCreateAsync(int key)
    {
        T? evicted = null;
        lock (_gate)
        {
            var index = _idle.FindIndex(entry => entry.Key == key);
            if (index >= 0)
            {
                var reused = _idle[index].Item;
                _idle.RemoveAt(index);
                return reused;
            }

            if (_alive < Capacity)
            {
                _alive++;
                _peakAlive = Math.Max(_peakAlive, _alive);
            }
            else
            {
                // Holding a slot means fewer than Capacity are busy, so at capacity one is idle.
                evicted = _idle[0].Item;
                _idle.RemoveAt(0);
            }
        }

        return await CreateAsync(key, evicted);
    }

    private async Task<T> CreateAsync(int key, T? evicted)
    {
        try
        {
            if (evicted is not null)
            {
                await evicted.DisposeAsync();
            }

            var item = _create(key);
            Interlocked.Increment(ref _created);
            return item;
        }
        catch
        {
            lock (_gate)
            {
                _alive--;
            }

            throw;
        }
    }
}
