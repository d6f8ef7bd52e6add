using System.Globalization;
using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Lucene.Net.Documents;

namespace Catalog.Search.Lexical;

internal static class LuceneDocumentMapper
{
    public static Document ToDocument(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(LuceneFields.Id, Id(source.TitleId), Field.Store.YES),
            new TextField(LuceneFields.All, AllText(source), Field.Store.NO),
            new StringField(LuceneFields.Kind, source.Kind.ToCode(), Field.Store.NO),
            new StringField(LuceneFields.Ai, source.HasAiDisclosure ? "yes" : "no", Field.Store.NO),
            new DoubleDocValuesField(LuceneFields.Prominence, source.Prominence),
        };
        if (source.Year is { } year)
        {
            document.Add(new Int32Field(LuceneFields.Year, year, Field.Store.NO));
        }

        foreach (var genreId in source.GenreIds)
        {
            document.Add(new StringField(LuceneFields.GenreId, genreId.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        }

        foreach (var credit in source.Credits)
        {
            var id = Id(credit.PersonId);
            document.Add(new StringField(LuceneFields.PersonId, id, Field.Store.NO));
            if (credit.Role == CreditRole.Actor)
            {
                document.Add(new StringField(LuceneFields.ActorId, id, Field.Store.NO));
            }
            else if (credit.Role is CreditRole.Director or CreditRole.Creator)
            {
                document.Add(new StringField(LuceneFields.DirectorId, id, Field.Store.NO));
            }
        }

        return document;
    }

    private static string AllText(SearchDocument source) => string.Join(
        " ; ",
        new[] { source.Title, source.OriginalTitle, source.Year?.ToString(CultureInfo.InvariantCulture) }
            .Concat(source.GenreNames)
            .Concat(source.Credits.Where(c => c.Role != CreditRole.VfxVendor).Select(c => c.Name))
            .Append(source.Synopsis)
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
