namespace Catalog.Search.Retrieval;

/// <summary>A stretch of a text: where it starts and how many characters it holds.</summary>
public readonly record struct TextSpan(int Start, int Length);
