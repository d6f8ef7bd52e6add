using Catalog.Audio;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Catalog.Web.Components.Shared.Voice;

/// <summary>
/// Press-to-talk or click-to-toggle voice capture. The browser records 16 kHz mono PCM, stops on
/// trailing silence, and sends the WAV here; <see cref="OnRecorded"/> gets its bytes.
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

    /// <summary>Runs with the recorded WAV; the button shows "processing" until it returns.</summary>
    [Parameter]
    public EventCallback<byte[]> OnRecorded { get; set; }

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
    public Task OnCaptureState(string state) => InvokeAsync(() =>
    {
        _state = Enum.TryParse<CaptureState>(state, ignoreCase: true, out var parsed) ? parsed : CaptureState.Idle;
        if (_state is not CaptureState.Idle)
        {
            _message = null;
        }

        StateHasChanged();
    });

    [JSInvokable]
    public Task OnCaptureError(string code, string message) => InvokeAsync(() =>
    {
        _state = CaptureState.Failed;
        _message = message;
        StateHasChanged();
    });

    [JSInvokable]
    public async Task OnCaptureComplete(IJSStreamReference wav, double durationMs, string reason)
    {
        ArgumentNullException.ThrowIfNull(wav);
        byte[] bytes;
        await using (var stream = await wav.OpenReadStreamAsync(Limits.MaxBytes))
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer);
            bytes = buffer.ToArray();
        }

        await InvokeAsync(async () =>
        {
            _state = CaptureState.Processing;
            StateHasChanged();
            await OnRecorded.InvokeAsync(bytes);
            _state = CaptureState.Idle;
            StateHasChanged();
        });
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
            "createRecorder", _self, _button, _meter, new { maxSeconds = Limits.MaxDuration.TotalSeconds });
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
