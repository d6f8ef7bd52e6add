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

    [Theory]
    [InlineData("base.en-q5_1", 2009, "q5_1")]
    [InlineData("tiny.en-Q8_0", 2007, "q8_0")]
    [InlineData("base.en-q4_0", 2002, "q4_0")]
    [InlineData("test-q5_0", 2008, "q5_0")]
    [InlineData("test-q4_1", 2003, "q4_1")]
    public void A_quantization_suffix_gives_the_file_type_whisper_cpps_quantize_tool_writes(string name, int fileType, string quantization)
    {
        var shape = WhisperModelShape.FromName(name)!;

        // ggml_ftype plus 1000 × GGML_QNT_VERSION (2).
        Assert.Equal(fileType, shape.FileType);
        Assert.Equal(quantization, shape.Quantization);
        Assert.Null(WhisperShapeRules.Problem(shape));
        Assert.Null(WhisperModelShape.BaseEn.Quantization);
    }

    [Theory]
    [InlineData("base.en-q3_k")]
    [InlineData("base.en-f16")]
    [InlineData("base.en-")]
    public void An_unknown_quantization_is_no_preset(string name) => Assert.Null(WhisperModelShape.FromName(name));

    [Fact]
    public void A_quantized_layout_keeps_convolutions_f16_and_positions_f32()
    {
        var tensors = WhisperTensorLayout.For(WhisperModelShape.FromName("base.en-q8_0")!).ToDictionary(t => t.Name);

        Assert.Equal(GgmlTensorType.Q8_0, tensors["decoder.token_embedding.weight"].Type);
        Assert.Equal(GgmlTensorType.Q8_0, tensors["encoder.blocks.0.attn.query.weight"].Type);
        Assert.Equal(GgmlTensorType.Q8_0, tensors["decoder.blocks.5.cross_attn.out.weight"].Type);
        Assert.Equal(GgmlTensorType.F16, tensors["encoder.conv2.weight"].Type);
        Assert.Equal(GgmlTensorType.F32, tensors["encoder.positional_embedding"].Type);
        Assert.Equal(GgmlTensorType.F32, tensors["decoder.blocks.0.mlp.0.bias"].Type);
        // 512 × 2048 values in blocks of 32, 34 bytes each.
        Assert.Equal(512L * 2048 / 32 * 34, tensors["encoder.blocks.0.mlp.0.weight"].DataBytes);
    }

    [Fact]
    public void A_quantized_file_is_about_the_size_of_the_published_one()
    {
        // The published ggml-base.en-q5_1.bin and -q8_0.bin are about 57 and 82 MB.
        Assert.InRange(SyntheticWhisperModelWriter.FileSize(WhisperModelShape.FromName("base.en-q5_1")!), 55_000_000, 60_000_000);
        Assert.InRange(SyntheticWhisperModelWriter.FileSize(WhisperModelShape.FromName("base.en-q8_0")!), 80_000_000, 84_000_000);
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
