using Catalog.Web.Voice;

namespace Catalog.Web.Tests;

public sealed class VoiceDraftTrackerTests
{
    private static VoiceSearchResponse Heard(string text) => new() { Transcript = text, AudioSeconds = 1, AudioContext = 192, TimingsMs = new Dictionary<string, double>() };

    [Fact]
    public async Task A_current_draft_is_taken_once()
    {
        var tracker = new VoiceDraftTracker();
        tracker.BeginDraft(Task.FromResult(Heard("aliens")));

        Assert.Equal("aliens", (await tracker.TakeAsync(draftIsCurrent: true))?.Transcript);
        Assert.Null(await tracker.TakeAsync(draftIsCurrent: true));
    }

    [Fact]
    public async Task A_draft_followed_by_more_speech_is_not_taken()
    {
        var tracker = new VoiceDraftTracker();
        tracker.BeginDraft(Task.FromResult(Heard("aliens")));

        Assert.Null(await tracker.TakeAsync(draftIsCurrent: false));
    }

    [Fact]
    public async Task A_failed_draft_leaves_the_recording_to_be_searched_itself()
    {
        var tracker = new VoiceDraftTracker();
        tracker.BeginDraft(Task.FromException<VoiceSearchResponse>(new VoiceUnavailableException("no model")));

        Assert.Null(await tracker.TakeAsync(draftIsCurrent: true));
    }

    [Fact]
    public void Only_the_newest_search_may_show_its_results()
    {
        var tracker = new VoiceDraftTracker();
        var draft = tracker.BeginDraft(new TaskCompletionSource<VoiceSearchResponse>().Task);
        var final = tracker.Begin();

        Assert.False(tracker.IsLatest(draft));
        Assert.True(tracker.IsLatest(final));
    }
}
