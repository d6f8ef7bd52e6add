using System.Buffers;
using System.Text;

namespace Catalog.Speech.Models;

/// <summary>
/// Writes a Whisper model in the legacy ggml layout whisper.cpp loads (magic, hyper-parameters,
/// mel filters, vocabulary, then every tensor as n_dims, name length, type, dimensions, name and
/// data) with small seeded random weights. The same seed gives the same bytes. It transcribes
/// nonsense, but it exercises the real native runtime at a real model's size and speed, which is
/// what tests and benchmarks need where the published weights cannot be downloaded.
/// </summary>
public static class SyntheticWhisperModelWriter
{
    public const int DefaultSeed = 1125;

    private const int ChunkBytes = 1 << 20;

    /// <summary>
    /// Writes the file through a ".partial" sibling and renames it at the end, so a reader never
    /// sees half a model. Streams tensor by tensor: memory use stays near 1 MB whatever the shape.
    /// </summary>
    /// <returns>The file's size in bytes.</returns>
    public static async Task<long> WriteAsync(
        string path, WhisperModelShape shape, int seed = DefaultSeed, CancellationToken cancellationToken = default)
    {
        ThrowIfUnusable(shape);
        var target = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        try
        {
            await using (var stream = new FileStream(
                partial, FileMode.Create, FileAccess.Write, FileShare.None, ChunkBytes, FileOptions.Asynchronous))
            {
                await WriteAsync(stream, SyntheticModelPlan.For(shape, seed), cancellationToken);
            }

            File.Move(partial, target, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        return new FileInfo(target).Length;
    }

    /// <summary>Writes the model to a stream the caller owns (and disposes).</summary>
    public static Task WriteAsync(
        Stream destination, WhisperModelShape shape, int seed = DefaultSeed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ThrowIfUnusable(shape);
        return WriteAsync(destination, SyntheticModelPlan.For(shape, seed), cancellationToken);
    }

    /// <summary>The size a file of this shape will have, without writing it.</summary>
    public static long FileSize(WhisperModelShape shape)
    {
        var plan = SyntheticModelPlan.For(shape, DefaultSeed);
        return Preamble(plan).Length + plan.Tensors.Sum(tensor => TensorRecord(tensor).Length + tensor.DataBytes);
    }

    internal static async Task WriteAsync(Stream destination, SyntheticModelPlan plan, CancellationToken cancellationToken)
    {
        await destination.WriteAsync(Preamble(plan), cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var scratch = ArrayPool<float>.Shared.Rent(ChunkBytes / 2);
        try
        {
            for (var index = 0; index < plan.Tensors.Count; index++)
            {
                var tensor = plan.Tensors[index];
                await destination.WriteAsync(TensorRecord(tensor), cancellationToken);
                var filler = new WeightFiller(tensor, WeightRandom.ForTensor(plan.Seed, index));
                while (filler.RemainingBytes > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var written = filler.Fill(buffer.AsSpan(0, ChunkBytes), scratch);
                    await destination.WriteAsync(buffer.AsMemory(0, written), cancellationToken);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<float>.Shared.Return(scratch);
        }
    }

    private static void ThrowIfUnusable(WhisperModelShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (WhisperShapeRules.Problem(shape) is { } problem)
        {
            throw new ArgumentException($"This shape {problem}.", nameof(shape));
        }
    }

    /// <summary>Header, mel filters and vocabulary: well under a megabyte, so built in memory.</summary>
    private static byte[] Preamble(SyntheticModelPlan plan)
    {
        var header = plan.Header;
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(GgmlFormat.Magic);
            foreach (var value in HeaderValues(header))
            {
                writer.Write(value);
            }

            writer.Write(header.MelBands);
            writer.Write(GgmlFormat.FrequencyBins);
            foreach (var weight in MelFilterBank.Create(header.MelBands))
            {
                writer.Write(weight);
            }

            writer.Write(plan.Vocabulary.Count);
            foreach (var token in plan.Vocabulary)
            {
                writer.Write((uint)token.Length);
                writer.Write(token);
            }
        }

        return memory.ToArray();
    }

    private static int[] HeaderValues(WhisperModelShape shape) =>
    [
        shape.VocabularySize, shape.AudioContext, shape.AudioState, shape.AudioHeads, shape.AudioLayers,
        shape.TextContext, shape.TextState, shape.TextHeads, shape.TextLayers, shape.MelBands, shape.FileType,
    ];

    private static byte[] TensorRecord(WhisperTensorSpec tensor)
    {
        var name = Encoding.UTF8.GetBytes(tensor.Name);
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(tensor.Dimensions.Length);
            writer.Write(name.Length);
            writer.Write((int)tensor.Type);
            foreach (var dimension in tensor.Dimensions)
            {
                writer.Write(dimension);
            }

            writer.Write(name);
        }

        return memory.ToArray();
    }
}
