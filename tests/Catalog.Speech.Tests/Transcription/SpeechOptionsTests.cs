using Catalog.Speech.Transcription;
using Microsoft.ML.Tokenizers;
using Whisper.net.LibraryLoader;

namespace Catalog.Speech.Tests.Transcription;

public sealed class SpeechOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_share_the_cores()
    {
        var options = new SpeechOptions();

        options.Validate();

        Assert.Equal("en", options.Language);
        Assert.Equal(Environment.ProcessorCount, options.EffectivePoolSize);
        Assert.Equal(1, options.EffectiveThreadsPerProcessor);
        Assert.Equal(15, options.MaxClipSeconds);
        Assert.Equal(AudioContextMode.Auto, options.AudioContext);
        Assert.True(options.TemperatureFallback);
        Assert.Contains("sci-fi", options.InitialPrompt, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(options.ParseRuntimeLibraryOrder());
    }

    [Fact]
    public void The_default_prompt_is_short_and_names_the_catalog_words_whisper_misspells()
    {
        // Whisper decodes every prompt token on every request (about 2 ms each for base.en on
        // 2 cores); the 37-token list this replaced cost 0.1-0.2 s. GPT-2's BPE is Whisper's English
        // vocabulary, so this counts what whisper.cpp decodes to within a token or two (it said 15).
        var tokens = TiktokenTokenizer.CreateForModel("gpt2").CountTokens(SpeechOptions.DefaultInitialPrompt);

        Assert.InRange(tokens, 1, 16);
        Assert.Contains("sci-fi", SpeechOptions.DefaultInitialPrompt, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("rom-com", SpeechOptions.DefaultInitialPrompt, StringComparison.Ordinal);
        Assert.Contains("'80s", SpeechOptions.DefaultInitialPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_library_names_map_to_whisper_net_ignoring_case()
    {
        var options = new SpeechOptions { RuntimeLibraryOrder = ["cuda", "Cpu", "CPU"] };

        Assert.Equal([RuntimeLibrary.Cuda, RuntimeLibrary.Cpu], options.ParseRuntimeLibraryOrder());
    }

    [Theory]
    [InlineData("Cudaa")]
    [InlineData("1")]
    [InlineData("")]
    public void An_unknown_runtime_library_is_named_with_the_known_ones(string name)
    {
        var options = new SpeechOptions { RuntimeLibraryOrder = ["Cpu", name] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains($"Speech:RuntimeLibraryOrder names \"{name}\"", error.Message);
        Assert.Contains("Cpu, Cuda", error.Message);
    }

    [Fact]
    public void Out_of_range_numbers_name_the_setting()
    {
        Assert.Contains("Speech:PoolSize", Assert.Throws<ArgumentOutOfRangeException>(new SpeechOptions { PoolSize = -1 }.Validate).Message);
        Assert.Contains("Speech:MaxClipSeconds", Assert.Throws<ArgumentOutOfRangeException>(new SpeechOptions { MaxClipSeconds = 31 }.Validate).Message);
        Assert.Contains("Speech:MaxTokens", Assert.Throws<ArgumentOutOfRangeException>(new SpeechOptions { MaxTokens = 1000 }.Validate).Message);
        Assert.Contains("Speech:ThreadsPerProcessor", Assert.Throws<ArgumentOutOfRangeException>(new SpeechOptions { ThreadsPerProcessor = 500 }.Validate).Message);
    }

    [Fact]
    public void A_fixed_audio_context_needs_a_size_within_the_window()
    {
        var options = new SpeechOptions { AudioContext = AudioContextMode.Fixed };

        Assert.Contains("Speech:AudioContextFrames", Assert.Throws<ArgumentOutOfRangeException>(options.Validate).Message);
        options.AudioContextFrames = 512;
        options.Validate();
    }

    [Theory]
    [InlineData("english")]
    [InlineData("EN")]
    [InlineData("")]
    public void The_language_must_be_a_code_or_auto(string language)
    {
        var error = Assert.Throws<ArgumentException>(new SpeechOptions { Language = language }.Validate);

        Assert.Contains("Speech:Language", error.Message);
        new SpeechOptions { Language = "auto" }.Validate();
    }

    [Fact]
    public void An_overlong_prompt_is_refused()
    {
        var options = new SpeechOptions { InitialPrompt = new string('a', 1001) };

        Assert.Contains("Speech:InitialPrompt", Assert.Throws<ArgumentException>(options.Validate).Message);
    }
}
