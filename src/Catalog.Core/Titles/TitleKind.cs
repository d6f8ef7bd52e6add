namespace Catalog.Core.Titles;

public enum TitleKind
{
    Movie,
    Series,
}
