namespace Catalog.Speech.Models;

/// <summary>
/// Every tensor whisper.cpp's loader creates for a set of hyper-parameters (its
/// <c>whisper_model_load</c>, names from <c>whisper-arch.h</c>): matrix weights and the token
/// embedding in the file's matrix type (F16 or its quantization), convolutions F16, biases, norms
/// and positional embeddings F32 (what whisper.cpp's quantize tool leaves them). Shapes are in ggml order.
/// </summary>
internal static class WhisperTensorLayout
{
    public static IReadOnlyList<WhisperTensorSpec> For(WhisperModelShape shape)
    {
        var tensors = new List<WhisperTensorSpec>();
        var matrix = shape.MatrixType;
        AddEncoder(tensors, shape);
        for (var layer = 0; layer < shape.AudioLayers; layer++)
        {
            AddBlock(tensors, $"encoder.blocks.{layer}.", shape.AudioState, matrix, crossAttention: false);
        }

        AddDecoder(tensors, shape, matrix);
        for (var layer = 0; layer < shape.TextLayers; layer++)
        {
            AddBlock(tensors, $"decoder.blocks.{layer}.", shape.TextState, matrix, crossAttention: true);
        }

        return tensors;
    }

    private static void AddEncoder(List<WhisperTensorSpec> tensors, WhisperModelShape shape)
    {
        var state = shape.AudioState;
        tensors.Add(F32("encoder.positional_embedding", WeightKind.EncoderPositions, state, shape.AudioContext));
        // Kernel width 3; the biases are 2-D ([1, state]) because the converter reshapes them for broadcasting.
        tensors.Add(Conv("encoder.conv1.weight", 3, shape.MelBands, state));
        tensors.Add(F32("encoder.conv1.bias", WeightKind.Bias, 1, state));
        tensors.Add(Conv("encoder.conv2.weight", 3, state, state));
        tensors.Add(F32("encoder.conv2.bias", WeightKind.Bias, 1, state));
        tensors.Add(F32("encoder.ln_post.weight", WeightKind.NormScale, state));
        tensors.Add(F32("encoder.ln_post.bias", WeightKind.NormShift, state));
    }

    private static void AddDecoder(List<WhisperTensorSpec> tensors, WhisperModelShape shape, GgmlTensorType matrix)
    {
        var state = shape.TextState;
        tensors.Add(F32("decoder.positional_embedding", WeightKind.DecoderPositions, state, shape.TextContext));
        tensors.Add(Matrix("decoder.token_embedding.weight", matrix, state, shape.VocabularySize));
        tensors.Add(F32("decoder.ln.weight", WeightKind.NormScale, state));
        tensors.Add(F32("decoder.ln.bias", WeightKind.NormShift, state));
    }

    private static void AddBlock(List<WhisperTensorSpec> tensors, string prefix, int state, GgmlTensorType matrix, bool crossAttention)
    {
        tensors.Add(F32(prefix + "mlp_ln.weight", WeightKind.NormScale, state));
        tensors.Add(F32(prefix + "mlp_ln.bias", WeightKind.NormShift, state));
        tensors.Add(Matrix(prefix + "mlp.0.weight", matrix, state, 4 * state));
        tensors.Add(F32(prefix + "mlp.0.bias", WeightKind.Bias, 4 * state));
        tensors.Add(Matrix(prefix + "mlp.2.weight", matrix, 4 * state, state));
        tensors.Add(F32(prefix + "mlp.2.bias", WeightKind.Bias, state));
        AddAttention(tensors, prefix + "attn", state, matrix);
        if (crossAttention)
        {
            AddAttention(tensors, prefix + "cross_attn", state, matrix);
        }
    }

    private static void AddAttention(List<WhisperTensorSpec> tensors, string prefix, int state, GgmlTensorType matrix)
    {
        tensors.Add(F32(prefix + "_ln.weight", WeightKind.NormScale, state));
        tensors.Add(F32(prefix + "_ln.bias", WeightKind.NormShift, state));
        tensors.Add(Matrix(prefix + ".query.weight", matrix, state, state));
        tensors.Add(F32(prefix + ".query.bias", WeightKind.Bias, state));
        // Whisper's key projection has no bias.
        tensors.Add(Matrix(prefix + ".key.weight", matrix, state, state));
        tensors.Add(Matrix(prefix + ".value.weight", matrix, state, state));
        tensors.Add(F32(prefix + ".value.bias", WeightKind.Bias, state));
        tensors.Add(Matrix(prefix + ".out.weight", matrix, state, state));
        tensors.Add(F32(prefix + ".out.bias", WeightKind.Bias, state));
    }

    private static WhisperTensorSpec Matrix(string name, GgmlTensorType type, params int[] dimensions) =>
        new(name, dimensions, type, WeightKind.Matrix);

    /// <summary>whisper.cpp keeps convolution kernels F16 in quantized files too (its conv type is F16 unless the file is all F32).</summary>
    private static WhisperTensorSpec Conv(string name, params int[] dimensions) =>
        new(name, dimensions, GgmlTensorType.F16, WeightKind.Matrix);

    private static WhisperTensorSpec F32(string name, WeightKind kind, params int[] dimensions) =>
        new(name, dimensions, GgmlTensorType.F32, kind);
}
