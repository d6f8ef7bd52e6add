using Catalog.Audio;
using Catalog.Web.Search;
using Catalog.Web.Viewer;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Voice;

internal static class VoiceSearchApi
{
    /// <summary>
    /// <c>POST /api/search/voice?limit=24</c> with a WAV body: the transcript, the understood intent,
    /// results and per-stage timings (decode, transcribe, understand, search stages, total).
    /// </summary>
    public static IEndpointRouteBuilder MapVoiceSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/search/voice", async (HttpRequest request, int? limit, VoiceSearchService voice, IOptions<SearchOptions> options, CancellationToken ct) =>
        {
            try
            {
                var body = await AudioInput.ReadBodyAsync(request.Body, voice.Limits, request.ContentLength, ct);
                var searchLimit = Math.Clamp(limit ?? options.Value.DefaultLimit, 1, options.Value.MaxLimit);
                return Results.Ok(await voice.SearchAsync(body, searchLimit, ViewerFiltersCookie.Read(request.HttpContext), ct));
            }
            catch (AudioRejectedException ex)
            {
                return Results.Problem(ex.Message, statusCode: ex.RecommendedHttpStatus, title: "The audio was not accepted");
            }
            catch (VoiceUnavailableException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Voice search is unavailable");
            }
        }).WithName("VoiceSearch").DisableAntiforgery();
        return endpoints;
    }
}
