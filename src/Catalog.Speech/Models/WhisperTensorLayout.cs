namespace Catalog.Speech.Models;

/// <summary>
/// Every tensor whisper.cpp's loader creates for a set of hyper-parameters (its
/// <c>whisper_model_load</c>, names from <c>whisper-arch.h</c>), for an F16 file: convolution and
/// matrix weights F16; biases, norms and positional embeddings F32. Shapes are in ggml order.
/// </summary>
internal static class WhisperTensorLayout
{
    public static IReadOnlyList<WhisperTensorSpec> For(WhisperModelShape shape)
    {
        var tensors = new List<WhisperTensorSpec>();
        AddEncoder(tensors, shape);
        for (var layer = 0; layer < shape.AudioLayers; layer++)
        {
            AddBlock(tensors, $"encoder.blocks.{layer}.", shape.AudioState, crossAttention: false);
        }

        AddDecoder(tensors, shape);
        for (var layer = 0; layer < shape.TextLayers; layer++)
        {
            AddBlock(tensors, $"decoder.blocks.{layer}.", shape.TextState, crossAttention: true);
        }

        return tensors;
    }

    private static void AddEncoder(List<WhisperTensorSpec> tensors, WhisperModelShape shape)
    {
        var state = shape.AudioState;
        tensors.Add(F32("encoder.positional_embedding", WeightKind.EncoderPositions, state, shape.AudioContext));
        // Kernel width 3; the biases are 2-D ([1, state]) because the converter reshapes them for broadcasting.
        tensors.Add(F16("encoder.conv1.weight", 3, shape.MelBands, state));
        tensors.Add(F32("encoder.conv1.bias", WeightKind.Bias, 1, state));
        tensors.Add(F16("encoder.conv2.weight", 3, state, state));
        tensors.Add(F32("encoder.conv2.bias", WeightKind.Bias, 1, state));
        tensors.Add(F32("encoder.ln_post.weight", WeightKind.NormScale, state));
        tensors.Add(F32("encoder.ln_post.bias", WeightKind.NormShift, state));
    }

    private static void AddDecoder(List<WhisperTensorSpec> tensors, WhisperModelShape shape)
    {
        var state = shape.TextState;
        tensors.Add(F32("decoder.positional_embedding", WeightKind.DecoderPositions, state, shape.TextContext));
        tensors.Add(F16("decoder.token_embedding.weight", state, shape.VocabularySize));
        tensors.Add(F32("decoder.ln.weight", WeightKind.NormScale, state));
        tensors.Add(F32("decoder.ln.bias", WeightKind.NormShift, state));
    }

    private static void AddBlock(List<WhisperTensorSpec> tensors, string prefix, int state, bool crossAttention)
    {
        tensors.Add(F32(prefix + "mlp_ln.weight", WeightKind.NormScale, state));
        tensors.Add(F32(prefix + "mlp_ln.bias", WeightKind.NormShift, state));
        tensors.Add(F16(prefix + "mlp.0.weight", state, 4 * state));
        tensors.Add(F32(prefix + "mlp.0.bias", WeightKind.Bias, 4 * state));
        tensors.Add(F16(prefix + "mlp.2.weight", 4 * state, state));
        tensors.Add(F32(prefix + "mlp.2.bias", WeightKind.Bias, state));
        AddAttention(tensors, prefix + "attn", state);
        if (crossAttention)
        {
            AddAttention(tensors, prefix + "cross_attn", state);
        }
    }

    private static void AddAttention(List<WhisperTensorSpec> tensors, string prefix, int state)
    {
        tensors.Add(F32(prefix + "_ln.weight", WeightKind.NormScale, state));
        tensors.Add(F32(prefix + "_ln.bias", WeightKind.NormShift, state));
        tensors.Add(F16(prefix + ".query.weight", state, state));
        tensors.Add(F32(prefix + ".query.bias", WeightKind.Bias, state));
        // Whisper's key projection has no bias.
        tensors.Add(F16(prefix + ".key.weight", state, state));
        tensors.Add(F16(prefix + ".value.weight", state, state));
        tensors.Add(F32(prefix + ".value.bias", WeightKind.Bias, state));
        tensors.Add(F16(prefix + ".out.weight", state, state));
        tensors.Add(F32(prefix + ".out.bias", WeightKind.Bias, state));
    }

    private static WhisperTensorSpec F16(string name, params int[] dimensions) =>
        new(name, dimensions, GgmlTensorType.F16, WeightKind.Matrix);

    private static WhisperTensorSpec F32(string name, WeightKind kind, params int[] dimensions) =>
        new(name, dimensions, GgmlTensorType.F32, kind);
}
