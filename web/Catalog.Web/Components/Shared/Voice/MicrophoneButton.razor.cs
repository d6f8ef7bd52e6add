using Catalog.Audio;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Catalog.Web.Components.Shared.Voice;

/// <summary>
/// Press-to-talk or click-to-toggle voice capture. The browser records 16 kHz mono PCM, stops on
/// trailing silence, and sends the WAV here; <see cref="OnRecorded"/> gets its bytes. With
/// <see cref="OnDraft"/>, a pause while listening also sends the audio so far, so that results can
/// show before the trailing silence has run out.
/// </summary>
public sealed partial class MicrophoneButton : ComponentBase, IAsyncDisposable
{
    private ElementReference _button;
    private ElementReference _meter;
    private IJSObjectReference? _module;
    private IJSObjectReference? _recorder;
    private DotNetObjectReference<MicrophoneButton>? _self;
    private CaptureState _state;
    private string? _message;
    private bool _ready;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Why voice search is off (no speech model), or null when it is available.</summary>
    [Parameter]
    public string? UnavailableReason { get; set; }

    [Parameter]
    public AudioLimits Limits { get; set; } = new();

    /// <summary>Silence after speech that ends listening.</summary>
    [Parameter]
    public TimeSpan TrailingSilence { get; set; } = TimeSpan.FromSeconds(1.2);

    /// <summary>Pause after speech, while still listening, that sends a draft to <see cref="OnDraft"/>; zero: none.</summary>
    [Parameter]
    public TimeSpan DraftPause { get; set; } = TimeSpan.FromMilliseconds(350);

    /// <summary>Runs with the recording; the button shows "processing" until it returns.</summary>
    [Parameter]
    public EventCallback<RecordedVoice> OnRecorded { get; set; }

    /// <summary>
    /// Runs with the audio so far when the speaker pauses; not awaited, listening goes on. A later
    /// <see cref="RecordedVoice.DraftIsCurrent"/> says whether the last draft holds the same words.
    /// </summary>
    [Parameter]
    public EventCallback<byte[]> OnDraft { get; set; }

    /// <summary>
    /// Runs when listening ends without a recording (cancelled, Escape, no speech, an error): drafts
    /// sent while listening are no longer wanted.
    /// </summary>
    [Parameter]
    public EventCallback OnAbandoned { get; set; }

    private string Label => _state is CaptureState.Listening ? "Stop listening" : "Search by voice";

    private string Tooltip => UnavailableReason ?? (_ready ? "Hold to talk, or click and speak" : "Voice search is starting…");

    private string StateClass => $"mic-{_state.ToString().ToLowerInvariant()}";

    private string StatusText => _message ?? _state switch
    {
        CaptureState.Requesting => "Waiting for the microphone…",
        CaptureState.Listening => "Listening… speak now",
        CaptureState.Processing => "Working out what you said…",
        _ => UnavailableReason is null ? string.Empty : "Voice search is off.",
    };

    [JSInvokable]
    public Task OnCaptureState(string state) => InvokeAsync(async () =>
    {
        var was = _state;
        _state = Enum.TryParse<CaptureState>(state, ignoreCase: true, out var parsed) ? parsed : CaptureState.Idle;
        if (_state is not CaptureState.Idle)
        {
            _message = null;
        }

        StateHasChanged();
        if (was is CaptureState.Listening && _state is CaptureState.Idle)
        {
            // A recording goes through "processing"; straight back to idle means there is none.
            await OnAbandoned.InvokeAsync();
        }
    });

    [JSInvokable]
    public Task OnCaptureError(string code, string message) => InvokeAsync(async () =>
    {
        if (_state is CaptureState.Listening)
        {
            await OnAbandoned.InvokeAsync();
        }

        _state = CaptureState.Failed;
        _message = message;
        StateHasChanged();
    });

    [JSInvokable]
    public async Task OnCaptureDraft(IJSStreamReference wav, double durationMs)
    {
        var bytes = await ReadAsync(wav);
        // Not awaited: the recorder waits for this call before it sends anything else.
        _ = InvokeAsync(() => OnDraft.InvokeAsync(bytes));
    }

    [JSInvokable]
    public async Task OnCaptureComplete(IJSStreamReference wav, double durationMs, string reason, bool draftIsCurrent)
    {
        var bytes = await ReadAsync(wav);
        await InvokeAsync(async () =>
        {
            _state = CaptureState.Processing;
            StateHasChanged();
            await OnRecorded.InvokeAsync(new RecordedVoice(bytes, draftIsCurrent));
            _state = CaptureState.Idle;
            StateHasChanged();
        });
    }

    private async Task<byte[]> ReadAsync(IJSStreamReference wav)
    {
        ArgumentNullException.ThrowIfNull(wav);
        await using var stream = await wav.OpenReadStreamAsync(Limits.MaxBytes);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || UnavailableReason is not null)
        {
            return;
        }

        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/voice-capture.js");
        if (!await _module.InvokeAsync<bool>("isSupported"))
        {
            _message = "This browser cannot record audio here (it needs microphone access over HTTPS or localhost).";
            StateHasChanged();
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _recorder = await _module.InvokeAsync<IJSObjectReference>(
            "createRecorder", _self, _button, _meter,
            new
            {
                maxSeconds = Limits.MaxDuration.TotalSeconds,
                silenceMs = TrailingSilence.TotalMilliseconds,
                draftMs = OnDraft.HasDelegate ? DraftPause.TotalMilliseconds : 0,
            });
        _ready = true;
        StateHasChanged();
    }

    private async Task CancelAsync()
    {
        if (_recorder is not null)
        {
            await _recorder.InvokeVoidAsync("cancel");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_recorder is not null)
            {
                await _recorder.InvokeVoidAsync("dispose");
                await _recorder.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the browser with it: nothing is left to release there.
        }

        _self?.Dispose();
    }
}
