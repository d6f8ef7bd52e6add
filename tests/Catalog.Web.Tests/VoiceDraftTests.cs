using Catalog.Testing;
using Catalog.Web.Viewer;
using Catalog.Web.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Web.Tests;

/// <summary>
/// Drafts: the audio so far, searched while the viewer may still be speaking. Only a confirmed
/// draft reaches the query log, once; the real Whisper runtime and query log are used.
/// </summary>
public sealed class VoiceDraftTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_is_searched_without_a_log_row_and_logged_once_when_confirmed()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);
        var service = voice.App.Services.GetRequiredService<VoiceSearchService>();

        var draft = await service.SearchAsync(VoiceClips.Pcm16Wav(1.5), 5, ViewerFilters.None, Ct, logged: false);
        var unconfirmed = await VoiceAssertions.QueryLogAfterBarrierAsync(voice);
        service.Log(draft);
        var confirmed = await VoiceAssertions.QueryLogAfterBarrierAsync(voice);

        Assert.DoesNotContain(unconfirmed, row => row.Source == "voice");
        var logged = Assert.Single(confirmed, row => row.Source == "voice");
        Assert.Equal(draft.Transcript, logged.RawText);
        Assert.True(logged.HasTiming("transcribe"), logged.Timings.GetRawText());
        Assert.Equal(draft.Search?.Results.Count ?? 0, logged.ResultCount);
    }

    [Fact]
    public async Task A_finished_search_is_logged_by_itself()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);
        var service = voice.App.Services.GetRequiredService<VoiceSearchService>();

        var result = await service.SearchAsync(VoiceClips.Pcm16Wav(1.5), 5, ViewerFilters.None, Ct);

        var logged = Assert.Single(await VoiceAssertions.QueryLogAfterBarrierAsync(voice), row => row.Source == "voice");
        Assert.Equal(result.Transcript, logged.RawText);
    }

    [Theory]
    [InlineData("00:00:01.200", "00:00:01.200", "DraftPause")]
    [InlineData("00:00:01.200", "00:00:02", "DraftPause")]
    [InlineData("00:00:00", "00:00:00", "TrailingSilence")]
    [InlineData("00:00:11", "00:00:00.300", "TrailingSilence")]
    [InlineData("00:00:01", "-00:00:00.100", "DraftPause")]
    public void Pauses_out_of_range_are_refused_with_the_setting_named(string trailing, string draft, string setting)
    {
        var options = new VoiceOptions { TrailingSilence = TimeSpan.Parse(trailing), DraftPause = TimeSpan.Parse(draft) };

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains($"Voice:{setting}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_pauses_are_valid_and_a_zero_draft_pause_turns_drafts_off()
    {
        new VoiceOptions().Validate();
        new VoiceOptions { DraftPause = TimeSpan.Zero }.Validate();
        Assert.Equal((TimeSpan.FromSeconds(1.2), TimeSpan.FromMilliseconds(350)), (new VoiceOptions().TrailingSilence, new VoiceOptions().DraftPause));
    }
}
