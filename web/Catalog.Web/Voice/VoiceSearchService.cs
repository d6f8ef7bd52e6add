using System.Diagnostics;
using Catalog.Audio;
using Catalog.Search.QueryLog;
using Catalog.Search.Searching;
using Catalog.Speech;
using Catalog.Web.Search;
using Catalog.Web.Viewer;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Voice;

/// <summary>
/// One spoken search: WAV → 16 kHz mono → Whisper → the same search a typed query runs, logged as
/// a voice query with its decode and transcribe timings. The HTTP endpoint and the search page
/// both come through here.
/// </summary>
internal sealed class VoiceSearchService(
    SpeechHost speech, SearchHost search, QueryLogQueue log, IOptions<VoiceOptions> options, IOptions<SpeechOptions> speechOptions, TimeProvider time)
{
    private const string VoiceSource = "voice";

    /// <summary>Silence after speech that ends listening in the browser.</summary>
    public TimeSpan TrailingSilence => options.Value.TrailingSilence;

    /// <summary>Pause while listening that sends a draft search.</summary>
    public TimeSpan DraftPause => options.Value.DraftPause;

    /// <summary>
    /// Writes a voice search to the query log: a draft the viewer confirmed by staying silent, or
    /// (through <see cref="SearchAsync"/>) any finished one. Nothing heard is worth knowing too: the
    /// analysts see it as an empty voice query.
    /// </summary>
    public void Log(VoiceSearchResponse result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var response = result.Search ?? new SearchResponse { Query = string.Empty, Mode = SearchMode.Full, TimingsMs = result.TimingsMs };
        log.Enqueue(new QueryLogEntry(time.GetUtcNow(), VoiceSource, response));
    }

    /// <summary>
    /// The upload limits, with the duration no longer than the transcriber accepts: a clip between
    /// the two would pass decoding and then fail inside transcription.
    /// </summary>
    public AudioLimits Limits => options.Value.Limits with
    {
        MaxDuration = TimeSpan.FromSeconds(Math.Min(options.Value.Limits.MaxDuration.TotalSeconds, speechOptions.Value.MaxClipSeconds)),
    };

    /// <exception cref="AudioRejectedException">The body is not usable audio, or over a limit.</exception>
    /// <exception cref="VoiceUnavailableException">No speech model is loaded, search is still starting, or it took longer than <c>Voice:Timeout</c>.</exception>
    /// <param name="filters">The viewer's own filters, applied as on a typed search.</param>
    /// <param name="logged">
    /// False for a draft (the audio so far, while the viewer may still be speaking): nothing goes to
    /// the query log until <see cref="Log"/> confirms it.
    /// </param>
    public async Task<VoiceSearchResponse> SearchAsync(ReadOnlyMemory<byte> wav, int limit, ViewerFilters filters, CancellationToken ct, bool logged = true)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var result = await SearchWithinAsync(wav, limit, filters, timeout.Token);
            if (logged)
            {
                Log(result);
            }

            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new VoiceUnavailableException(
                $"Listening took longer than {options.Value.Timeout.TotalSeconds:0.#} s, so it was stopped. Please try again, or type your search.");
        }
    }

    private async Task<VoiceSearchResponse> SearchWithinAsync(ReadOnlyMemory<byte> wav, int limit, ViewerFilters filters, CancellationToken ct)
    {
        var transcriber = speech.Transcriber ?? throw new VoiceUnavailableException(speech.UnavailableMessage ?? "Voice search is starting; try again in a moment.");
        if (!search.IsStarted)
        {
            throw new VoiceUnavailableException("Search is starting; try again in a moment.");
        }

        var started = Stopwatch.GetTimestamp();
        var audio = AudioInput.DecodeTo16kMono(wav.Span, Limits);
        var voiced = SilenceTrimmer.Trim(audio.Samples, DecodedAudio.SampleRate);
        var decodeMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        started = Stopwatch.GetTimestamp();
        var transcript = await transcriber.TranscribeAsync(voiced, ct);
        // Whisper may finish a clip it was asked to stop; past the time limit its words are not searched.
        ct.ThrowIfCancellationRequested();
        var transcribeMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var text = TranscriptCleaner.Clean(transcript.Text);
        var preceding = new Dictionary<string, double> { ["decode"] = decodeMs, ["transcribe"] = transcribeMs };
        var response = text.Length == 0 ? null : await search.Search.SearchAsync(
            new SearchRequest(text, SearchMode.Full, limit)
            {
                Source = VoiceSource,
                PrecedingStagesMs = preceding,
                ViewerFilter = filters.ToSearchFilter(search.Runtime.Understanding),
                // Logged by Log, once the caller knows this is the search the viewer meant.
                Logged = false,
            },
            ct);
        if (response is null)
        {
            preceding["total"] = decodeMs + transcribeMs;
        }

        return new VoiceSearchResponse
        {
            Transcript = text,
            AudioSeconds = audio.Duration.TotalSeconds,
            AudioContext = transcript.AudioContext,
            Search = response,
            TimingsMs = response?.TimingsMs ?? preceding,
        };
    }
}
