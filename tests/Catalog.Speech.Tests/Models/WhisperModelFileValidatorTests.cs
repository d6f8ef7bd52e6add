using System.Text;
using Catalog.Speech.Models;
using Catalog.Speech.Tests.Support;
using Catalog.Testing;

namespace Catalog.Speech.Tests.Models;

public sealed class WhisperModelFileValidatorTests
{
    [Fact]
    public async Task Accepts_the_test_shaped_synthetic_model()
    {
        using var folder = new TempFolder();
        var path = await ModelFiles.WriteAsync(folder.Path, WhisperModelShape.Test);

        var result = WhisperModelFileValidator.Validate(path);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(WhisperModelShape.Test, result.Shape);
        Assert.Equal(new FileInfo(path).Length, result.FileBytes);
    }

    [Fact]
    public async Task Accepts_the_tiny_en_shaped_synthetic_model()
    {
        using var folder = new TempFolder();
        var path = await ModelFiles.WriteAsync(folder.Path, WhisperModelShape.TinyEn);

        var result = WhisperModelFileValidator.Validate(path);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(WhisperModelShape.TinyEn, result.Shape);
    }

    [Theory]
    [MemberData(nameof(QuantizedShapes.Names), MemberType = typeof(QuantizedShapes))]
    public async Task Accepts_each_quantization_whisper_cpp_runs(string name)
    {
        using var folder = new TempFolder();
        var shape = WhisperModelShape.FromName(name)!;
        var path = await ModelFiles.WriteAsync(folder.Path, shape);

        var result = WhisperModelFileValidator.Validate(path);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(shape, result.Shape);
        Assert.True(new FileInfo(path).Length < new FileInfo(await ModelFiles.WriteAsync(folder.Path, WhisperModelShape.Test, "f16.bin")).Length);
    }

    [Fact]
    public async Task Rejects_quantized_blocks_of_an_older_ggml_version()
    {
        var bytes = await ModelFiles.BytesAsync(SyntheticModelPlan.For(WhisperModelShape.FromName("test-q5_0")!, 1));
        ModelFiles.PatchInt32(bytes, 4 + (10 * 4), 1008);

        await AssertRejectedAsync(bytes, "declares ftype 1008: q5_0 blocks of quantization version 1, but whisper.cpp reads version 2");
    }

    [Theory]
    [InlineData(2004)]
    [InlineData(5)]
    [InlineData(2010)]
    public async Task Rejects_a_file_type_whisper_cpp_cannot_run(int fileType)
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        ModelFiles.PatchInt32(bytes, 4 + (10 * 4), fileType);

        await AssertRejectedAsync(bytes, $"declares ftype {fileType}, which is not a type whisper.cpp runs");
    }

    [Fact]
    public async Task Rejects_an_f16_matrix_in_a_quantized_file()
    {
        var plan = SyntheticModelPlan.For(WhisperModelShape.FromName("test-q8_0")!, 1);
        plan = plan with
        {
            Tensors = [.. plan.Tensors.Select(t => t.Name == "encoder.blocks.0.mlp.0.weight" ? t with { Type = GgmlTensorType.F16 } : t)],
        };

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan),
            "stores tensor 'encoder.blocks.0.mlp.0.weight' as F16; whisper.cpp needs Q8_0 there (ftype 2007");
    }

    [Fact]
    public async Task Rejects_a_quantized_width_that_is_not_whole_blocks()
    {
        var bytes = await ModelFiles.BytesAsync(SyntheticModelPlan.For(WhisperModelShape.FromName("test-q4_0")!, 1));
        // Heads 2 still divide 48, so only the block rule can object.
        ModelFiles.PatchInt32(bytes, 4 + (2 * 4), 48);
        ModelFiles.PatchInt32(bytes, 4 + (6 * 4), 48);

        await AssertRejectedAsync(bytes, "is q4_0 with n_audio_state 48; quantized rows are blocks of 32 values");
    }

    [Fact]
    public async Task Rejects_a_file_without_the_ggml_magic()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);

        await AssertRejectedAsync(bytes, "does not start with the ggml magic 0x67676D6C");
    }

    [Fact]
    public async Task Names_a_gguf_file_as_such()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        Encoding.ASCII.GetBytes("GGUF").CopyTo(bytes, 0);

        await AssertRejectedAsync(bytes, "is a GGUF file");
    }

    [Fact]
    public async Task Rejects_a_file_truncated_in_the_header()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();

        await AssertRejectedAsync(bytes[..20], "ends inside the hyper-parameters");
    }

    [Fact]
    public async Task Rejects_a_file_truncated_in_the_vocabulary()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        var cut = (int)GgmlFormat.VocabularyOffset(80) + 4 + 1000;

        await AssertRejectedAsync(bytes[..cut], "ends inside the vocabulary");
    }

    [Fact]
    public async Task Rejects_a_file_truncated_in_tensor_data()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();

        await AssertRejectedAsync(bytes[..^10], "is truncated: tensor 'decoder.blocks.0.cross_attn.out.bias' needs 256 bytes of data but only 246 remain");
    }

    [Fact]
    public async Task Rejects_an_f32_convolution_weight_and_says_whisper_needs_f16()
    {
        var plan = ModelFiles.WithTensors(tensors => tensors.Select(tensor =>
            tensor.Name == "encoder.conv1.weight" ? tensor with { Type = GgmlTensorType.F32 } : tensor));

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan),
            "stores tensor 'encoder.conv1.weight' as F32; whisper.cpp needs F16 there (convolutions stay F16");
    }

    [Fact]
    public async Task Rejects_an_f16_bias()
    {
        var plan = ModelFiles.WithTensors(tensors => tensors.Select(tensor =>
            tensor.Name == "encoder.conv1.bias" ? tensor with { Type = GgmlTensorType.F16 } : tensor));

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan), "stores tensor 'encoder.conv1.bias' as F16; whisper.cpp needs F32");
    }

    [Fact]
    public async Task Rejects_a_vocabulary_without_the_space_token()
    {
        var plan = SyntheticModelPlan.For(WhisperModelShape.Test, 1);
        plan = plan with { Vocabulary = [.. plan.Vocabulary.Where(token => token is not [(byte)' '])] };

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan), "has no vocabulary token \" \" (a single space)");
    }

    [Fact]
    public async Task Rejects_a_tensor_with_the_wrong_shape()
    {
        var plan = ModelFiles.WithTensors(tensors => tensors.Select(tensor =>
            tensor.Name == "encoder.conv2.weight" ? tensor with { Dimensions = [3, 64, 32] } : tensor));

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan),
            "gives tensor 'encoder.conv2.weight' the shape [3, 64, 32]; these hyper-parameters need [3, 64, 64]");
    }

    [Fact]
    public async Task Rejects_a_missing_tensor()
    {
        var plan = ModelFiles.WithTensors(tensors => tensors.Where(tensor => tensor.Name != "decoder.ln.bias"));

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan), "lacks tensor 'decoder.ln.bias'");
    }

    [Fact]
    public async Task Rejects_a_tensor_stored_twice()
    {
        var plan = ModelFiles.WithTensors(tensors => [.. tensors.Take(3), tensors[2], .. tensors.Skip(3)]);

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan), $"contains tensor '{plan.Tensors[2].Name}' twice");
    }

    [Fact]
    public async Task Rejects_a_tensor_the_architecture_does_not_have()
    {
        var extra = new WhisperTensorSpec("encoder.blocks.1.mlp_ln.weight", [64], GgmlTensorType.F32, WeightKind.NormScale);
        var plan = ModelFiles.WithTensors(tensors => [extra, .. tensors]);

        await AssertRejectedAsync(await ModelFiles.BytesAsync(plan), "contains tensor 'encoder.blocks.1.mlp_ln.weight', which a Whisper model");
    }

    [Fact]
    public async Task Rejects_trailing_bytes_after_the_last_tensor()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();

        await AssertRejectedAsync([.. bytes, .. new byte[16]], "has 16 bytes after its last tensor");
    }

    [Fact]
    public async Task Rejects_an_absurd_vocabulary_count()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        ModelFiles.PatchInt32(bytes, GgmlFormat.VocabularyOffset(80), int.MaxValue);

        await AssertRejectedAsync(bytes, "declares 2147483647 vocabulary tokens; expected 1 to n_vocab (51864)");
    }

    [Fact]
    public async Task Rejects_an_absurd_token_length()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        ModelFiles.PatchInt32(bytes, GgmlFormat.VocabularyOffset(80) + 4, -1);

        await AssertRejectedAsync(bytes, "declares vocabulary token 0 as 4294967295 bytes long");
    }

    [Fact]
    public async Task Rejects_a_corrupt_tensor_record()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        ModelFiles.PatchInt32(bytes, ModelFiles.TensorTableOffset(), 99);

        await AssertRejectedAsync(bytes, $"has a corrupt tensor record at byte {ModelFiles.TensorTableOffset()}: 99 dimensions");
    }

    [Fact]
    public async Task Rejects_ftype_0_because_f32_convolutions_abort_whisper()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        ModelFiles.PatchInt32(bytes, 4 + (10 * 4), 0);

        await AssertRejectedAsync(bytes, "declares ftype 0 (all weights F32)");
    }

    [Fact]
    public async Task Rejects_heads_that_do_not_divide_the_width()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        ModelFiles.PatchInt32(bytes, 4 + (3 * 4), 3);

        await AssertRejectedAsync(bytes, "declares n_audio_head 3; it must be 1 to 64 and divide n_audio_state 64");
    }

    [Fact]
    public async Task Rejects_mel_filters_of_the_wrong_size()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        ModelFiles.PatchInt32(bytes, GgmlFormat.MelFiltersOffset + 4, 400);

        await AssertRejectedAsync(bytes, "has mel filters of 80 × 400; n_mels 80 needs 80 × 201");
    }

    [Fact]
    public async Task Rejects_an_empty_file()
    {
        await AssertRejectedAsync([], "is empty (0 bytes)");
    }

    [Fact]
    public async Task Rejects_random_bytes()
    {
        var bytes = new byte[64 * 1024];
        new Random(3).NextBytes(bytes);

        await AssertRejectedAsync(bytes, "does not start with the ggml magic");
    }

    [Fact]
    public async Task Rejects_random_bytes_behind_a_valid_magic()
    {
        var bytes = new byte[64 * 1024];
        new Random(4).NextBytes(bytes);
        BitConverter.TryWriteBytes(bytes, GgmlFormat.Magic);

        await AssertRejectedAsync(bytes, "declares n_vocab");
    }

    [Fact]
    public async Task Rejects_the_file_cut_anywhere_without_throwing()
    {
        var bytes = await ModelFiles.TestModelBytesAsync();
        var tensorTable = ModelFiles.TensorTableOffset();
        long[] cuts = [.. Enumerable.Range(0, 48).Select(i => (long)i * 97), .. Enumerable.Range(1, 40).Select(i => bytes.Length * i / 41L), tensorTable, tensorTable + 5];

        foreach (var cut in cuts)
        {
            using var stream = new MemoryStream(bytes, 0, (int)cut, writable: false);
            var result = WhisperModelFileValidator.Validate(stream, "cut.bin");
            Assert.False(result.IsValid, $"a file cut at byte {cut} was accepted");
            Assert.StartsWith("Speech model file 'cut.bin' ", result.Message);
        }
    }

    [Fact]
    public void Reports_a_missing_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "absent.bin");

        var result = WhisperModelFileValidator.Validate(path);

        Assert.False(result.IsValid);
        Assert.Equal($"Speech model file '{path}' does not exist.", result.Message);
    }

    private static async Task AssertRejectedAsync(byte[] bytes, string expected)
    {
        using var folder = new TempFolder();
        var path = await ModelFiles.WriteBytesAsync(folder.Path, bytes);

        var result = WhisperModelFileValidator.Validate(path);

        Assert.False(result.IsValid);
        Assert.Null(result.Shape);
        Assert.StartsWith($"Speech model file '{path}' ", result.Message);
        Assert.Contains(expected, result.Message);
    }
}
