using Catalog.Speech.Models;

namespace Catalog.Speech.Tests.Support;

/// <summary>Writes synthetic models, good and deliberately broken, into a test's own folder.</summary>
internal static class ModelFiles
{
    // Written once per run and only ever copied: generating 8 MB of weights per test adds up.
    private static readonly Lazy<Task<byte[]>> TestModel = new(() => BytesAsync(SyntheticModelPlan.For(WhisperModelShape.Test, 1), CancellationToken.None));

    public static async Task<string> WriteAsync(string folder, WhisperModelShape shape, string name = "model.bin", int seed = 1)
    {
        var path = Path.Combine(folder, name);
        await SyntheticWhisperModelWriter.WriteAsync(path, shape, seed, TestContext.Current.CancellationToken);
        return path;
    }

    public static Task<byte[]> BytesAsync(SyntheticModelPlan plan) => BytesAsync(plan, TestContext.Current.CancellationToken);

    private static async Task<byte[]> BytesAsync(SyntheticModelPlan plan, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        await SyntheticWhisperModelWriter.WriteAsync(memory, plan, cancellationToken);
        return memory.ToArray();
    }

    /// <summary>A fresh copy of the Test-shaped model's bytes, free for the caller to corrupt.</summary>
    public static async Task<byte[]> TestModelBytesAsync() => [.. await TestModel.Value];

    public static async Task<string> WriteBytesAsync(string folder, byte[] bytes, string name = "model.bin")
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        return path;
    }

    /// <summary>A plan for the Test shape with its tensor list changed.</summary>
    public static SyntheticModelPlan WithTensors(Func<IReadOnlyList<WhisperTensorSpec>, IEnumerable<WhisperTensorSpec>> change)
    {
        var plan = SyntheticModelPlan.For(WhisperModelShape.Test, 1);
        return plan with { Tensors = [.. change(plan.Tensors)] };
    }

    public static void PatchInt32(byte[] bytes, long offset, int value) =>
        BitConverter.TryWriteBytes(bytes.AsSpan((int)offset, 4), value);

    /// <summary>Where the tensor table starts: after the header, mel filters and the GPT-2 vocabulary.</summary>
    public static long TensorTableOffset(int melBands = 80) =>
        GgmlFormat.VocabularyOffset(melBands) + 4 + Gpt2Vocabulary.Tokens.Sum(token => 4L + token.Length);
}
