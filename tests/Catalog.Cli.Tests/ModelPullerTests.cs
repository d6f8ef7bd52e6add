using System.Net;
using Catalog.Cli.Commands;
using Catalog.Speech.Models;
using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary>
/// The pull command's file handling, against a stand-in for huggingface.co (no internet here):
/// only a model that checks out ever lands under its final name.
/// </summary>
public sealed class ModelPullerTests
{
    [Fact]
    public async Task A_downloaded_model_that_checks_out_lands_under_its_ggml_name()
    {
        using var folder = new TempFolder();
        var source = Path.Combine(folder.Path, "source.bin");
        await SyntheticWhisperModelWriter.WriteAsync(source, WhisperModelShape.Test, cancellationToken: TestContext.Current.CancellationToken);
        var requested = new List<Uri>();
        using var http = new HttpClient(new StubHandler(request =>
        {
            requested.Add(request.RequestUri!);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(File.ReadAllBytes(source)) };
        }));

        var path = await new ModelPuller(http).PullAsync("base.en", Path.Combine(folder.Path, "models"), null, TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(folder.Path, "models", "ggml-base.en.bin"), path);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(path));
        Assert.Contains("base.en", Assert.Single(requested).ToString(), StringComparison.Ordinal);
        Assert.Equal(["ggml-base.en.bin"], Directory.GetFiles(Path.Combine(folder.Path, "models")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_download_that_is_not_a_whisper_model_is_refused_and_leaves_nothing()
    {
        using var folder = new TempFolder();
        using var http = new HttpClient(new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>rate limited</html>") }));

        var error = await Assert.ThrowsAsync<ModelPullException>(() =>
            new ModelPuller(http).PullAsync("tiny.en", folder.Path, null, TestContext.Current.CancellationToken));

        Assert.Contains("does not check out", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task A_failed_download_says_it_needs_internet_and_leaves_nothing()
    {
        using var folder = new TempFolder();
        using var http = new HttpClient(new StubHandler(_ => throw new HttpRequestException("Name or service not known")));

        var error = await Assert.ThrowsAsync<ModelPullException>(() =>
            new ModelPuller(http).PullAsync("small.en", folder.Path, null, TestContext.Current.CancellationToken));

        Assert.Contains("internet", error.Message, StringComparison.Ordinal);
        Assert.Contains("Speech:ModelPath", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task A_quantized_model_is_requested_by_its_suffix_and_must_arrive_quantized()
    {
        using var folder = new TempFolder();
        var q5 = Path.Combine(folder.Path, "q5.bin");
        await SyntheticWhisperModelWriter.WriteAsync(q5, WhisperModelShape.FromName("test-q5_1")!, cancellationToken: TestContext.Current.CancellationToken);
        var requested = new List<Uri>();
        using var http = new HttpClient(new StubHandler(request =>
        {
            requested.Add(request.RequestUri!);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(File.ReadAllBytes(q5)) };
        }));
        var models = Path.Combine(folder.Path, "models");

        var path = await new ModelPuller(http).PullAsync("base.en-Q5_1", models, null, TestContext.Current.CancellationToken);
        var wrong = await Assert.ThrowsAsync<ModelPullException>(() =>
            new ModelPuller(http).PullAsync("tiny.en-q8_0", models, null, TestContext.Current.CancellationToken));

        Assert.Equal(Path.Combine(models, "ggml-base.en-q5_1.bin"), path);
        Assert.Contains("q5_1", requested[0].ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("is q5_1, not q8_0", wrong.Message, StringComparison.Ordinal);
        Assert.Equal(["ggml-base.en-q5_1.bin"], Directory.GetFiles(models).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_unknown_quantization_is_refused_with_the_choices()
    {
        using var folder = new TempFolder();
        using var http = new HttpClient(new StubHandler(_ => throw new InvalidOperationException("nothing should be fetched")));

        var error = await Assert.ThrowsAsync<ModelPullException>(() =>
            new ModelPuller(http).PullAsync("base.en-q3_k", folder.Path, null, TestContext.Current.CancellationToken));

        Assert.Contains("unknown quantization 'q3_k'", error.Message, StringComparison.Ordinal);
        Assert.Contains("-q4_0, -q4_1, -q5_0, -q5_1, -q8_0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_name_is_refused_with_the_choices()
    {
        using var folder = new TempFolder();
        using var http = new HttpClient(new StubHandler(_ => throw new InvalidOperationException("nothing should be fetched")));

        var error = await Assert.ThrowsAsync<ModelPullException>(() =>
            new ModelPuller(http).PullAsync("huge.en", folder.Path, null, TestContext.Current.CancellationToken));

        Assert.Contains("tiny.en, base.en, small.en", error.Message, StringComparison.Ordinal);
    }

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request));
    }
}
