using Catalog.Speech.Models;
using Catalog.Speech.Tests.Support;
using Catalog.Speech.Transcription;
using Catalog.Testing;

namespace Catalog.Speech.Tests.Transcription;

public sealed class SpeechModelStatusTests
{
    [Fact]
    public void Without_a_model_path_voice_is_off_with_the_fix()
    {
        var status = SpeechModelStatus.Check(new SpeechOptions());

        Assert.False(status.IsAvailable);
        Assert.Equal("No speech model is configured.", status.Reason);
        Assert.Equal("Set Speech:ModelPath or run `catalog models pull base.en`.", status.Fix);
        Assert.Equal("No speech model is configured. Set Speech:ModelPath or run `catalog models pull base.en`.", status.Message);
    }

    [Fact]
    public void Before_the_check_the_status_says_so()
    {
        Assert.False(SpeechModelStatus.NotChecked.IsAvailable);
        Assert.Contains("not been checked", SpeechModelStatus.NotChecked.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "ggml-base.en.bin");

        var status = SpeechModelStatus.Check(new SpeechOptions { ModelPath = path });

        Assert.False(status.IsAvailable);
        Assert.Equal(path, status.ModelPath);
        Assert.Equal($"The speech model file '{path}' does not exist.", status.Reason);
        Assert.Contains("catalog models pull base.en", status.Fix);
    }

    [Fact]
    public void An_invalid_file_carries_the_validator_message()
    {
        using var folder = new TempFolder();
        var path = folder.Write("ggml-base.en.bin", "<html>404 Not Found</html>");

        var status = SpeechModelStatus.Check(new SpeechOptions { ModelPath = path });

        Assert.False(status.IsAvailable);
        Assert.StartsWith($"Speech model file '{path}' does not start with the ggml magic", status.Reason);
        Assert.Contains("Replace the file", status.Fix);
        Assert.StartsWith(status.Reason!, status.Message);
    }

    [Fact]
    public async Task A_valid_file_is_available_with_its_shape()
    {
        using var folder = new TempFolder();
        var path = await ModelFiles.WriteAsync(folder.Path, WhisperModelShape.Test);

        var status = SpeechModelStatus.Check(new SpeechOptions { ModelPath = path });

        Assert.True(status.IsAvailable, status.Reason);
        Assert.Equal(WhisperModelShape.Test, status.Shape);
        Assert.Null(status.Reason);
        Assert.Null(status.Fix);
    }
}
