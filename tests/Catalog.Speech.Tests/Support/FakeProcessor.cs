namespace Catalog.Speech.Tests.Support;

/// <summary>Stands in for a Whisper processor where only the pool's bookkeeping is under test.</summary>
internal sealed class FakeProcessor(int key) : IAsyncDisposable
{
    public int Key => key;

    public bool Disposed { get; private set; }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
