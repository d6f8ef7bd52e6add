namespace Catalog.Web.Voice;

/// <summary>
/// One page's voice drafts: the newest draft search, and a number for every voice search (draft or
/// final) so that a draft finishing late never replaces a newer result.
/// </summary>
internal sealed class VoiceDraftTracker
{
    private int _latest;
    private (int Id, Task<VoiceSearchResponse> Search)? _draft;

    /// <summary>Numbers a final search; drafts still running are now out of date.</summary>
    public int Begin() => ++_latest;

    /// <summary>Numbers a draft search and keeps it for <see cref="TakeAsync"/>.</summary>
    public int BeginDraft(Task<VoiceSearchResponse> search)
    {
        var id = Begin();
        _draft = (id, search);
        return id;
    }

    public bool IsLatest(int id) => id == _latest;

    /// <summary>
    /// The last draft's result when the recording says the same words (<paramref name="draftIsCurrent"/>)
    /// and the draft succeeded; null otherwise, and the recording must be searched itself. Either way
    /// the draft is used up.
    /// </summary>
    public async Task<VoiceSearchResponse?> TakeAsync(bool draftIsCurrent)
    {
        var draft = _draft;
        _draft = null;
        if (!draftIsCurrent || draft is null)
        {
            return null;
        }

        try
        {
            return await draft.Value.Search;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The recording is searched again, and that search reports what went wrong.
            return null;
        }
    }
}
