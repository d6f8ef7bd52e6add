using Catalog.Search.Embeddings;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;

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
    public void A_bias_added_to_the_product_is_folded_into_the_operator_and_added_once()
    {
        var result = Int8WeightQuantizer.Quantize(MatMulPlusBias(alsoExposeProduct: false));

        var graph = ModelProto.Parser.ParseFrom(result.Model).Graph;
        var node = Assert.Single(graph.Node);
        Assert.Equal("DynamicQuantizeMatMul", node.OpType);
        Assert.Equal("b", node.Input[4]);
        Assert.Equal("y", Assert.Single(node.Output));
        AssertComputesXWPlusB(result.Model);
    }

    [Fact]
    public void A_product_read_elsewhere_keeps_its_own_add()
    {
        var result = Int8WeightQuantizer.Quantize(MatMulPlusBias(alsoExposeProduct: true));

        var graph = ModelProto.Parser.ParseFrom(result.Model).Graph;
        Assert.Equal(["DynamicQuantizeMatMul", "Add"], graph.Node.Select(n => n.OpType));
        Assert.Equal(4, graph.Node[0].Input.Count);
        AssertComputesXWPlusB(result.Model);
    }

    [Fact]
    public void Bytes_that_are_not_a_model_are_refused_with_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => Int8WeightQuantizer.Quantize("not a model at all"u8.ToArray()));

        Assert.StartsWith("The model to quantize is not an ONNX model", error.Message, StringComparison.Ordinal);
    }

    private static readonly float[] X = [1f, -2f, 0.5f, 3f, 0f, -1f];
    private static readonly float[] W = [0.2f, -0.4f, 1f, 0f, 0.5f, 0.25f, -1f, 2f, -0.75f, 0.1f, 0.3f, -0.5f];
    private static readonly float[] B = [10f, -20f, 30f, -40f];

    /// <summary>y = x·W + b with x 2×3, W 3×4 and b 4 constants; optionally x·W is a graph output too.</summary>
    private static byte[] MatMulPlusBias(bool alsoExposeProduct)
    {
        var graph = new GraphProto { Name = "matmul_bias" };
        graph.Input.Add(Value("x", 2, 3));
        graph.Output.Add(Value("y", 2, 4));
        graph.Initializer.Add(Floats("W", W, 3, 4));
        graph.Initializer.Add(Floats("b", B, 4));
        graph.Node.Add(Node("MatMul", ["x", "W"], "xw"));
        graph.Node.Add(Node("Add", ["xw", "b"], "y"));
        if (alsoExposeProduct)
        {
            graph.Output.Add(Value("xw", 2, 4));
        }

        var model = new ModelProto { IrVersion = 8, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        return model.ToByteArray();
    }

    private static void AssertComputesXWPlusB(byte[] model)
    {
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(X, [2, 3]);
        using var outputs = session.Run(new RunOptions(), ["x"], [input], ["y"]);
        var y = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        for (var row = 0; row < 2; row++)
        {
            for (var column = 0; column < 4; column++)
            {
                var expected = B[column] + Enumerable.Range(0, 3).Sum(k => X[row * 3 + k] * W[k * 4 + column]);
                // Int8 weights and activations: a few hundredths off at these magnitudes, never the bias twice.
                Assert.InRange(y[row * 4 + column], expected - 0.1f, expected + 0.1f);
            }
        }
    }

    private static ValueInfoProto Value(string name, params long[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.AddRange(dims.Select(d => new TensorShapeProto.Types.Dimension { DimValue = d }));
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }

    private static TensorProto Floats(string name, float[] values, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.FloatData.AddRange(values);
        return tensor;
    }

    private static NodeProto Node(string op, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = op, Name = op + "_" + output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        return node;
    }
}
