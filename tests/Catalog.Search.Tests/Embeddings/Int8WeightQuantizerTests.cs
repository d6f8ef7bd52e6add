using Catalog.Search.Embeddings;
using Microsoft.ML.OnnxRuntime;

namespace Catalog.Search.Tests.Embeddings;

public sealed class Int8WeightQuantizerTests
{
    [Fact]
    public void Each_column_maps_its_largest_magnitude_to_127_and_rounds_the_rest()
    {
        // 2 rows × 3 columns: column 0 spans ±2, column 1 is all zero, column 2 holds 0.5 and -0.25.
        float[] weights = [2f, 0f, 0.5f, -1f, 0f, -0.25f];

        var (codes, scales) = Int8WeightQuantizer.QuantizeColumns(weights, rows: 2, columns: 3);

        Assert.Equal([2f / 127, 1f, 0.5f / 127], scales);
        Assert.Equal([127, 0, 127, -64, 0, -64], codes.Select(c => (int)c));
        for (var i = 0; i < weights.Length; i++)
        {
            Assert.True(Math.Abs(codes[i] * scales[i % 3] - weights[i]) <= scales[i % 3] / 2 + 1e-7, $"weight {i}");
        }
    }

    [Fact]
    public void Every_matmul_by_a_constant_weight_of_the_model_is_quantized_and_onnx_runtime_loads_the_result()
    {
        var original = SentenceModel.ReadResource(SentenceModelKind.ArcticXs, "model.onnx");

        var result = Int8WeightQuantizer.Quantize(original);

        // 6 layers × (query, key, value, output, two feed-forward) = 36; the 12 left multiply activations (attention).
        Assert.Equal(36, result.QuantizedMatMuls);
        Assert.Equal(12, result.FloatMatMulsLeft);
        Assert.InRange(result.Model.Length, original.Length / 2, original.Length * 3 / 4);
        using var session = new InferenceSession(result.Model);
        Assert.Contains("last_hidden_state", session.OutputMetadata.Keys);
    }

    [Fact]
    public void Bytes_that_are_not_a_model_are_refused_with_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => Int8WeightQuantizer.Quantize("not a model at all"u8.ToArray()));

        Assert.StartsWith("The model to quantize is not an ONNX model", error.Message, StringComparison.Ordinal);
    }
}
