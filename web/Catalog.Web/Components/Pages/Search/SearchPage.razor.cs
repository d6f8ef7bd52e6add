using Catalog.Audio;
using Catalog.Data.Titles;
using Catalog.Search.Searching;
using Catalog.Web.Components.Shared.Voice;
using Catalog.Web.Search;
using Catalog.Web.Viewer;
using Catalog.Web.Voice;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Catalog.Web.Components.Pages.Search;

/// <summary>
/// The search page: the query (and removed chips) from the address, search as you type, search by
/// voice, the viewer's own filters, and more results on request. Prerendered, then interactive.
/// </summary>
public sealed partial class SearchPage : IDisposable
{
    /// <summary>Results per page load and per "show more".</summary>
    internal const int PageSize = 48;

    /// <summary>How long typing must pause before a search runs: one search per word, not per key.</summary>
    private static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(250);

    private const string SearchFailed = "Search is not available just now. Please try again in a moment.";

    private readonly VoiceDraftTracker _drafts = new();
    private string? _voiceError;
    private string? _searchError;
    private bool _searching;
    private SearchSuggestionSet _suggestions = SearchSuggestionSet.None;
    private CancellationTokenSource? _typing;

    /// <summary>What the page showed before the first draft of the current listening, to go back to if it is abandoned.</summary>
    private (string? Heard, SearchResponse? Response, string? ShownFor, string[] Removed, int ExtraPages)? _beforeDrafts;

    /// <summary>Chips removed for the results shown: the address's, until typing or speaking starts afresh.</summary>
    private string[] _removed = [];

    [SupplyParameterFromQuery]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "without")]
    public string[]? Without { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>Kept from the prerender, so the interactive start does not search (and log) twice.</summary>
    [PersistentState]
    public SearchResponse? Response { get; set; }

    /// <summary>The transcript of the last voice search on this page, when there was one.</summary>
    [PersistentState]
    public string? Heard { get; set; }

    /// <summary>The query and removed chips <see cref="Response"/> answers, so the same address never searches twice.</summary>
    [PersistentState]
    public string? ShownFor { get; set; }

    /// <summary>Read from the browser's cookie during the prerender; the interactive circuit has no request to read it from.</summary>
    [PersistentState]
    public ViewerFilters? StoredFilters { get; set; }

    [PersistentState]
    public List<GenreRef>? Genres { get; set; }

    /// <summary>How many results the page asks for beyond the first page: grows with each "show more".</summary>
    [PersistentState]
    public int ExtraPages { get; set; }

    private ViewerFilters ViewerFilters => StoredFilters ?? ViewerFilters.None;

    private int Limit => PageSize * (1 + ExtraPages);

    private bool MayHaveMore => Response is { } response && response.Results.Count >= Limit;

    private string ReturnUrl => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    protected override async Task OnInitializedAsync()
    {
        if (HttpContext is not null)
        {
            StoredFilters = ViewerFiltersCookie.Read(HttpContext);
            Genres = [.. await GenreChoices.GetAsync()];
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        var query = Q?.Trim() ?? string.Empty;
        var removed = _removed = Without ?? [];
        if (ShownFor == Key(query, removed))
        {
            await LoadSuggestionsAsync();
            return;
        }

        (Heard, _voiceError, ExtraPages) = (null, null, 0);
        Response = query.Length > 0 ? await SearchAsync(new SearchRequest(query, SearchMode.Full, Limit) { RemovedChips = removed }, CancellationToken.None) : null;
        ShownFor = Key(query, removed);
    }

    private static string Key(string query, string[] removed) => $"{query}\n{string.Join('\n', removed)}";

    /// <summary>One search with the viewer's filters; a failure becomes a message on the page, not a broken circuit.</summary>
    private async Task<SearchResponse?> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        _searchError = null;
        if (!Host.IsStarted)
        {
            _searchError = SearchFailed;
            return null;
        }

        _searching = true;
        try
        {
            var runtime = Host.Runtime;
            var response = await runtime.Search.SearchAsync(request with { ViewerFilter = ViewerFilters.ToSearchFilter(runtime.Understanding) }, ct);
            await LoadSuggestionsAsync(response);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "A search failed");
            _searchError = SearchFailed;
            return null;
        }
        finally
        {
            _searching = false;
        }
    }

    private async Task LoadSuggestionsAsync(SearchResponse? response = null)
    {
        if ((response ?? Response) is { Results.Count: 0 })
        {
            _suggestions = await SuggestionSource.GetAsync();
        }
    }

    /// <summary>Searches as the viewer types, once typing pauses; the address follows so the search can be shared.</summary>
    private async Task OnTypedAsync(ChangeEventArgs args)
    {
        // The older search is cancelled, not disposed: it may still be running with its token.
        _typing?.Cancel();
        var typing = _typing = new CancellationTokenSource();
        var query = (args.Value as string ?? string.Empty).Trim();
        SearchResponse? response;
        try
        {
            await Task.Delay(TypingPause, typing.Token);
            if (query.Length == 0 || query.Length > 500 || query == Response?.Query)
            {
                return;
            }

            response = await SearchAsync(new SearchRequest(query, SearchMode.Full, PageSize), typing.Token);
            typing.Token.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // A voice draft finishing later must not replace what the viewer typed, nor an abandoned one bring back older results.
        _drafts.Begin();
        _beforeDrafts = null;
        (Response, Heard, _voiceError, ShownFor, _removed, ExtraPages) = (response, null, null, Key(query, []), [], 0);
        await ReplaceAddressAsync(query);
    }

    /// <summary>The same search, deeper: not a new search, so not logged again.</summary>
    private async Task ShowMoreAsync()
    {
        if (Response is not { } shown)
        {
            return;
        }

        var deeper = await SearchAsync(new SearchRequest(shown.Query, SearchMode.Full, Limit + PageSize) { RemovedChips = _removed, Logged = false }, CancellationToken.None);
        if (deeper is not null)
        {
            (Response, ExtraPages) = (deeper, ExtraPages + 1);
        }
    }

    private Task ReplaceAddressAsync(string query)
    {
        // Only the address: a navigation would render the page again on the server and search (and log) twice.
        var address = Navigation.GetUriWithQueryParameters("/search", new Dictionary<string, object?> { ["q"] = query, ["without"] = null });
        return JS.InvokeVoidAsync("history.replaceState", null, string.Empty, address).AsTask();
    }

    public void Dispose()
    {
        _typing?.Cancel();
        _typing?.Dispose();
    }

    /// <summary>The viewer paused: search the audio so far and show it while the microphone still listens.</summary>
    private async Task SearchDraftAsync(byte[] wav)
    {
        var search = Voice.SearchAsync(wav, PageSize, ViewerFilters, CancellationToken.None, logged: false);
        var id = _drafts.BeginDraft(search);
        try
        {
            var result = await search;
            if (_drafts.IsLatest(id))
            {
                _beforeDrafts ??= (Heard, Response, ShownFor, _removed, ExtraPages);
                await ShowVoiceResultAsync(result);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed draft shows nothing: the finished recording is searched again and reports.
        }
    }

    /// <summary>Listening ended with no recording (Escape, cancel, no speech): its drafts go, and the page shows what it did before.</summary>
    private async Task WithdrawDraftsAsync()
    {
        _drafts.Begin();
        await _drafts.TakeAsync(draftIsCurrent: false);
        if (_beforeDrafts is { } before)
        {
            _beforeDrafts = null;
            (Heard, Response, ShownFor, _removed, ExtraPages) = before;
            await LoadSuggestionsAsync();
        }
    }

    private async Task SearchByVoiceAsync(RecordedVoice voice)
    {
        _voiceError = null;
        _beforeDrafts = null;
        var id = _drafts.Begin();
        try
        {
            VoiceSearchResponse result;
            if (await _drafts.TakeAsync(voice.DraftIsCurrent) is { } drafted)
            {
                // Silence since the draft: its words are the recording's, so it is the search to keep.
                Voice.Log(drafted);
                result = drafted;
            }
            else
            {
                result = await Voice.SearchAsync(voice.Wav, PageSize, ViewerFilters, CancellationToken.None);
            }

            if (!_drafts.IsLatest(id))
            {
                return;
            }

            await ShowVoiceResultAsync(result);
            if (result.Transcript.Length > 0)
            {
                // The transcript goes into the address so the search can be shared.
                await ReplaceAddressAsync(result.Transcript);
            }
        }
        catch (Exception ex) when (ex is AudioRejectedException or VoiceUnavailableException)
        {
            _voiceError = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An unexpected failure must not take the viewer's circuit (and the page) down with it.
            Logger.LogError(ex, "A voice search failed");
            _voiceError = "Something went wrong while listening to that. Please try again, or type your search.";
        }
    }

    private async Task ShowVoiceResultAsync(VoiceSearchResponse result)
    {
        (Heard, Response, ShownFor, _removed, ExtraPages) = (result.Transcript, result.Search, Key(result.Transcript, []), [], 0);
        await LoadSuggestionsAsync();
    }

    /// <summary>The shown search (typed, spoken or from the address) again, without one more chip.</summary>
    private string WithoutChip(string key) =>
        Navigation.GetUriWithQueryParameters("/search", new Dictionary<string, object?>
        {
            ["q"] = Response?.Query ?? Q,
            ["without"] = _removed.Append(key).ToArray(),
        });
}
