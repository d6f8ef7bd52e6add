using System.Net;
using System.Text.RegularExpressions;
using Catalog.Testing;

namespace Catalog.Web.Tests;

/// <summary>
/// The voice parts of <c>/search</c> as prerendered: the microphone button and what it says when
/// voice search is off. Its enabled state comes only once the circuit has started and the browser
/// can record, so a model's presence shows here as the absence of the "off" reason.
/// </summary>
public sealed partial class VoiceSearchPageTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("no model", "No speech model is configured.")]
    [InlineData("corrupt model", "does not start with the ggml magic")]
    public async Task Without_a_usable_model_the_mic_button_is_disabled_and_its_tooltip_says_why_and_how_to_get_one(string situation, string reason)
    {
        await using var voice = await VoiceTestApp.StartAsync(postgres, async folder =>
        {
            if (situation == "no model")
            {
                return new Dictionary<string, string?>();
            }

            var model = Path.Combine(folder.Path, "ggml-test.bin");
            await File.WriteAllBytesAsync(model, [.. "not a model"u8, .. new byte[500]], Ct);
            return new Dictionary<string, string?> { ["Speech:ModelPath"] = model };
        });

        var html = await voice.Client.GetStringAsync("/search", Ct);

        var button = MicButton(html);
        Assert.Matches(@"\sdisabled[\s>]", button);
        Assert.Contains("aria-label=\"Search by voice\"", button);
        var tooltip = Attribute(button, "title");
        Assert.Contains(reason, tooltip);
        Assert.Contains("catalog models pull", tooltip);
        Assert.Contains("Voice search is off.", html);
    }

    [Fact]
    public async Task With_a_model_the_search_page_has_the_mic_button_without_an_unavailable_reason()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);

        var html = await voice.Client.GetStringAsync("/search", Ct);

        var button = MicButton(html);
        Assert.Contains("aria-label=\"Search by voice\"", button);
        Assert.DoesNotContain("catalog models pull", Attribute(button, "title"));
        Assert.DoesNotContain("Voice search is off.", html);
    }

    [Fact]
    public async Task A_typed_search_page_still_renders_its_results_next_to_the_mic_button()
    {
        await using var voice = await VoiceTestApp.StartWithModelAsync(postgres);

        var html = WebUtility.HtmlDecode(await voice.Client.GetStringAsync("/search?q=80s+sci-fi", Ct));

        Assert.Contains("aria-label=\"Search by voice\"", html);
        Assert.Contains(">Aliens</span>", html);
        // No voice search ran, so there is no transcript line.
        Assert.DoesNotContain("data-testid=\"transcript\"", html);
    }

    private static string MicButton(string html)
    {
        var match = MicButtonTag().Match(html);
        Assert.True(match.Success, "The page has no mic button.");
        return match.Value;
    }

    private static string Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        Assert.True(match.Success, $"The tag has no {name}: {tag}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<button[^>]*class=\"mic-button\"[^>]*>")]
    private static partial Regex MicButtonTag();
}
