namespace Catalog.Search.Embeddings;

/// <summary>The arithmetic a sentence model runs with; vectors of the two are stored apart (the model id says which).</summary>
public enum EmbeddingPrecision
{
    /// <summary>The model as its package ships it.</summary>
    Float32,

    /// <summary>Weights quantized to int8 when loaded (<see cref="Int8WeightQuantizer"/>): about twice as fast on CPU.</summary>
    Int8,
}
