using Catalog.Speech.Tests.Support;
using Catalog.Speech.Transcription;

namespace Catalog.Speech.Tests.Transcription;

public sealed class ProcessorPoolTests
{
    [Fact]
    public async Task Processors_are_reused_for_the_same_key()
    {
        var made = new List<FakeProcessor>();
        await using var pool = new ProcessorPool<FakeProcessor>(2, key => Track(made, key));

        await using (var lease = await pool.RentAsync(192, TestContext.Current.CancellationToken))
        {
            Assert.Equal(192, lease.Item.Key);
        }

        await using (var again = await pool.RentAsync(192, TestContext.Current.CancellationToken))
        {
            Assert.Same(made[0], again.Item);
        }

        Assert.Equal(1, pool.Created);
    }

    [Fact]
    public async Task Many_concurrent_callers_never_make_more_than_the_bound()
    {
        var made = new List<FakeProcessor>();
        await using var pool = new ProcessorPool<FakeProcessor>(2, key => Track(made, key));
        var busy = 0;
        var mostBusy = 0;

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            await using var lease = await pool.RentAsync(i % 3 == 0 ? 128 : 192, TestContext.Current.CancellationToken);
            var now = Interlocked.Increment(ref busy);
            InterlockedMax(ref mostBusy, now);
            await Task.Delay(5, TestContext.Current.CancellationToken);
            Interlocked.Decrement(ref busy);
        }));

        Assert.Equal(2, mostBusy);
        Assert.True(pool.PeakAlive <= 2, $"{pool.PeakAlive} processors existed at once");
        Assert.True(pool.Alive <= 2);
        Assert.Equal(made.Count(p => !p.Disposed), pool.Alive);
    }

    [Fact]
    public async Task A_waiting_caller_can_cancel_and_the_pool_stays_usable()
    {
        await using var pool = new ProcessorPool<FakeProcessor>(1, key => new FakeProcessor(key));
        var held = await pool.RentAsync(192, TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();

        var waiting = pool.RentAsync(192, cancel.Token);
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await held.DisposeAsync();
        await using var next = await pool.RentAsync(192, TestContext.Current.CancellationToken);
        Assert.Equal(1, pool.Created);
    }

    [Fact]
    public async Task At_capacity_an_idle_processor_of_another_key_is_replaced()
    {
        var made = new List<FakeProcessor>();
        await using var pool = new ProcessorPool<FakeProcessor>(1, key => Track(made, key));

        await (await pool.RentAsync(128, TestContext.Current.CancellationToken)).DisposeAsync();
        await using var lease = await pool.RentAsync(1500, TestContext.Current.CancellationToken);

        Assert.Equal(1500, lease.Item.Key);
        Assert.True(made[0].Disposed);
        Assert.Equal(1, pool.Alive);
    }

    [Fact]
    public async Task A_discarded_processor_is_disposed_and_replaced()
    {
        var made = new List<FakeProcessor>();
        await using var pool = new ProcessorPool<FakeProcessor>(1, key => Track(made, key));

        var lease = await pool.RentAsync(192, TestContext.Current.CancellationToken);
        lease.Discard();
        await lease.DisposeAsync();
        await using var next = await pool.RentAsync(192, TestContext.Current.CancellationToken);

        Assert.True(made[0].Disposed);
        Assert.NotSame(made[0], next.Item);
        Assert.Equal(1, pool.Alive);
    }

    [Fact]
    public async Task A_failed_creation_frees_its_place()
    {
        var fail = true;
        await using var pool = new ProcessorPool<FakeProcessor>(1, key => fail ? throw new InvalidOperationException("boom") : new FakeProcessor(key));

        await Assert.ThrowsAsync<InvalidOperationException>(() => pool.RentAsync(192, TestContext.Current.CancellationToken));
        fail = false;
        await using var lease = await pool.RentAsync(192, TestContext.Current.CancellationToken);

        Assert.Equal(1, pool.Alive);
    }

    [Fact]
    public async Task Disposal_waits_for_lent_processors_and_turns_waiters_away()
    {
        var made = new List<FakeProcessor>();
        var pool = new ProcessorPool<FakeProcessor>(1, key => Track(made, key));
        var lease = await pool.RentAsync(192, TestContext.Current.CancellationToken);
        var waiter = pool.RentAsync(192, TestContext.Current.CancellationToken);

        var disposing = pool.DisposeAsync().AsTask();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiter);
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(disposing.IsCompleted, "disposal finished while a processor was still lent");
        Assert.False(made[0].Disposed);

        await lease.DisposeAsync();
        await disposing;
        Assert.True(made[0].Disposed);
        Assert.Equal(0, pool.Alive);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.RentAsync(192, TestContext.Current.CancellationToken));
    }

    private static FakeProcessor Track(List<FakeProcessor> made, int key)
    {
        var processor = new FakeProcessor(key);
        lock (made)
        {
            made.Add(processor);
        }

        return processor;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
