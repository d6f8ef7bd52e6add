namespace Catalog.Data.Titles;

/// <summary>What one write did: new titles, changed titles, titles already as given.</summary>
public sealed record TitleWriteResult(int Inserted, int Updated, int Unchanged, IReadOnlyList<string> CreatedGenres);
