using System.Net;
using System.Text;
using System.Text.Json;
using Catalog.Data.Titles;
using Catalog.Search.Understanding;
using Catalog.Search.Understanding.Chat;
using Catalog.Testing;

namespace Catalog.Search.Tests.Understanding;

/// <summary>
/// The chat-model path against a played OpenAI-compatible endpoint (no model can run here): what
/// the model's function call says becomes the intent, checked against the real catalog, and the
/// rules answer whenever the model fails, is slow or calls nothing.
/// </summary>
public sealed class ChatQueryUnderstandingTests(PostgresFixture postgres)
{
    private const string Query = "eighties sci-fi thrillers with ricardo darin about a snowy apocalypse";

    [Fact]
    public async Task The_models_function_call_becomes_the_intent_keeping_only_what_the_catalog_has()
    {
        var model = new PlayedChatModel(_ => PlayedChatModel.ToolCall(new
        {
            year_from = 1980, year_to = 1989, genres = new[] { "Science Fiction", "Thriller", "Cyberpunk" },
            excluded_genres = new[] { "Horror", "Thriller", "Nothing Such" },
            people = new[] { "ricardo darin", "Nobody Known" }, excluded_people = new[] { "sigourney weaver", "ricardo darin" },
            kind = "series", text = "snowy apocalypse",
        }));
        var chat = await CreateAsync(model);

        var intent = await chat.UnderstandAsync(Query);

        Assert.Equal(QueryIntent.ByChatModel, intent.UnderstoodBy);
        Assert.Equal(new YearRange(1980, 1989, "1980s"), intent.Years);
        Assert.Equal(["Science Fiction", "Thriller"], intent.Genres.Select(g => g.Label));
        // A genre both asked for and ruled out stays asked for; one the catalog lacks is dropped.
        Assert.Equal(["Horror"], intent.ExcludedGenres.Select(g => g.Label));
        Assert.Equal(["Sigourney Weaver"], intent.ExcludedPeople.Select(p => p.Name));
        Assert.Equal("Ricardo Darín", Assert.Single(intent.People).Name);
        Assert.Equal(Core.Titles.TitleKind.Series, intent.Kind);
        Assert.Equal("snowy apocalypse", intent.Residue);
        Assert.Equal(Query, intent.Text);
        using var sent = JsonDocument.Parse(Assert.Single(model.Requests));
        Assert.Equal("played-model", sent.RootElement.GetProperty("model").GetString());
        Assert.Equal("catalog-set_query_intent", sent.RootElement.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString());
        Assert.Contains("Science Fiction", sent.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
        Assert.Equal(Query, sent.RootElement.GetProperty("messages")[1].GetProperty("content").GetString());
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    public async Task People_are_alternatives_only_when_the_model_says_so(bool? anyPerson, bool expected)
    {
        var chat = await CreateAsync(new PlayedChatModel(_ => PlayedChatModel.ToolCall(new { people = new[] { "ricardo darin", "sigourney weaver" }, any_person = anyPerson })));

        var intent = await chat.UnderstandAsync("darin or weaver");

        Assert.Equal(2, intent.People.Count);
        Assert.Equal(expected, intent.AnyPerson);
    }

    [Fact]
    public async Task Years_out_of_range_or_backwards_are_dropped()
    {
        var chat = await CreateAsync(new PlayedChatModel(_ => PlayedChatModel.ToolCall(new { year_from = 1999, year_to = 1980, genres = "Horror" })));

        var intent = await chat.UnderstandAsync("horror");

        Assert.Null(intent.Years);
        Assert.Equal(["Horror"], intent.Genres.Select(g => g.Label));
    }

    [Fact]
    public async Task A_failing_model_leaves_the_rules_reading() =>
        await AssertRulesAnswerAsync(new PlayedChatModel(_ => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("""{"error":{"message":"no such model","type":"invalid_request_error"}}""", Encoding.UTF8, "application/json"),
        }));

    [Fact]
    public async Task A_slow_model_leaves_the_rules_reading() =>
        await AssertRulesAnswerAsync(new PlayedChatModel(_ => PlayedChatModel.ToolCall(new { genres = new[] { "Drama" } }), delay: TimeSpan.FromSeconds(10)), timeoutMs: 1000);

    [Fact]
    public async Task A_model_that_calls_nothing_leaves_the_rules_reading() =>
        await AssertRulesAnswerAsync(new PlayedChatModel(_ => PlayedChatModel.Completion("""{"role":"assistant","content":"Here are some films!"}""", "stop")));

    [Theory]
    [InlineData("not a url", "m", 2000)]
    [InlineData("ftp://models.example", "m", 2000)]
    [InlineData("http://localhost:11434/v1", "", 2000)]
    [InlineData("http://localhost:11434/v1", "m", 50)]
    public void Bad_settings_are_refused_at_start(string endpoint, string model, int timeoutMs) =>
        Assert.ThrowsAny<ArgumentException>(new ChatUnderstandingOptions { Endpoint = endpoint, Model = model, TimeoutMs = timeoutMs }.Validate);

    private async Task AssertRulesAnswerAsync(PlayedChatModel model, int timeoutMs = GenerousTimeoutMs)
    {
        var chat = await CreateAsync(model, timeoutMs);

        var intent = await chat.UnderstandAsync(Query);

        Assert.Equal(QueryIntent.ByRules, intent.UnderstoodBy);
        Assert.Equal((1980, 1989), (intent.Years!.From, intent.Years.To));
        Assert.Equal("Ricardo Darín", Assert.Single(intent.People).Name);
        Assert.NotEmpty(model.Requests);
    }

    /// <summary>
    /// Long enough that a played model always answers in time, even when the first call's JIT
    /// runs on a machine busy with other tests; only the slow-model test sets a short one.
    /// </summary>
    private const int GenerousTimeoutMs = 30_000;

    private async Task<ChatQueryUnderstanding> CreateAsync(PlayedChatModel model, int timeoutMs = GenerousTimeoutMs)
    {
        var db = await postgres.CreateDatabaseAsync();
        await new TitleCatalogWriter(db.DataSource).WriteAsync([SampleTitles.Eternauta, SampleTitles.Aliens]);
        var rules = new QueryUnderstanding(db.DataSource, TimeProvider.System);
        await rules.ReloadAsync();
        await db.DisposeAsync();
        var options = new ChatUnderstandingOptions { Endpoint = "http://model.test/v1", Model = "played-model", ApiKey = "key", TimeoutMs = timeoutMs };
        return new ChatQueryUnderstanding(rules, options, TimeProvider.System, new HttpClient(model));
    }
}
