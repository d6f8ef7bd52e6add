using Catalog.Speech.Models;

namespace Catalog.Speech.Tests.Models;

public sealed class WhisperModelShapeTests
{
    [Fact]
    public void Tiny_en_has_the_published_dimensions()
    {
        var shape = WhisperModelShape.TinyEn;

        Assert.Equal(
            (51864, 1500, 384, 6, 4, 448, 384, 6, 4, 80, 1),
            (shape.VocabularySize, shape.AudioContext, shape.AudioState, shape.AudioHeads, shape.AudioLayers,
             shape.TextContext, shape.TextState, shape.TextHeads, shape.TextLayers, shape.MelBands, shape.FileType));
    }

    [Fact]
    public void Base_en_has_the_published_dimensions()
    {
        var shape = WhisperModelShape.BaseEn;

        Assert.Equal((512, 8, 6, 512, 8, 6), (shape.AudioState, shape.AudioHeads, shape.AudioLayers, shape.TextState, shape.TextHeads, shape.TextLayers));
        Assert.Equal((51864, 1500, 448, 80, 1), (shape.VocabularySize, shape.AudioContext, shape.TextContext, shape.MelBands, shape.FileType));
    }

    [Fact]
    public void The_test_shape_is_small_but_keeps_the_dimensions_whisper_cpp_needs()
    {
        var shape = WhisperModelShape.Test;

        Assert.Equal((64, 1, 64, 1), (shape.AudioState, shape.AudioLayers, shape.TextState, shape.TextLayers));
        Assert.Equal((51864, 1500, 448, 80, 1), (shape.VocabularySize, shape.AudioContext, shape.TextContext, shape.MelBands, shape.FileType));
        Assert.Null(WhisperShapeRules.Problem(shape));
    }

    [Fact]
    public void Presets_are_found_by_name()
    {
        Assert.Same(WhisperModelShape.BaseEn, WhisperModelShape.FromName("base.en"));
        Assert.Same(WhisperModelShape.TinyEn, WhisperModelShape.FromName(" Tiny.en "));
        Assert.Null(WhisperModelShape.FromName("large-v3"));
    }

    [Fact]
    public void The_layout_has_every_tensor_whisper_cpp_creates()
    {
        var tensors = WhisperTensorLayout.For(WhisperModelShape.BaseEn);

        // whisper_model_load: 7 encoder tensors + 15 per encoder block, 4 decoder tensors + 24 per decoder block.
        Assert.Equal(7 + (15 * 6) + 4 + (24 * 6), tensors.Count);
        Assert.Equal(tensors.Count, tensors.Select(tensor => tensor.Name).Distinct().Count());
        Assert.DoesNotContain(tensors, tensor => tensor.Name.EndsWith("key.bias", StringComparison.Ordinal));
        var conv1 = Assert.Single(tensors, tensor => tensor.Name == "encoder.conv1.weight");
        Assert.Equal([3, 80, 512], conv1.Dimensions);
        Assert.Equal(GgmlTensorType.F16, conv1.Type);
        var embedding = Assert.Single(tensors, tensor => tensor.Name == "decoder.token_embedding.weight");
        Assert.Equal([512, 51864], embedding.Dimensions);
        Assert.Equal(GgmlTensorType.F16, embedding.Type);
        var bias = Assert.Single(tensors, tensor => tensor.Name == "encoder.conv2.bias");
        Assert.Equal([1, 512], bias.Dimensions);
        Assert.Equal(GgmlTensorType.F32, bias.Type);
    }
}
