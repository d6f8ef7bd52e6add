using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace Catalog.Search.Vector;

/// <summary>A <see cref="SearchFilter"/> as a Qdrant filter over the payload fields <see cref="QdrantVectorIndex"/> writes.</summary>
public static class QdrantFilterTranslator
{
    /// <summary>The title a point (one passage) belongs to; results are grouped by it.</summary>
    public const string TitleId = "title_id";
    public const string Year = "year";
    public const string GenreIds = "genre_ids";
    public const string PersonIds = "person_ids";
    public const string ActorIds = "actor_ids";
    public const string DirectorIds = "director_ids";
    public const string Kind = "kind";
    public const string HasAi = "has_ai";

    /// <summary>Null when nothing is filtered.</summary>
    public static Filter? Translate(SearchFilter filter)
    {
        if (filter.IsEmpty)
        {
            return null;
        }

        var result = new Filter();
        if (filter.Years is { } years)
        {
            var range = new Qdrant.Client.Grpc.Range();
            if (years.From is { } from)
            {
                range.Gte = from;
            }

            if (years.To is { } to)
            {
                range.Lte = to;
            }

            result.Must.Add(Range(Year, range));
        }

        foreach (var genre in filter.Genres)
        {
            result.Must.Add(Match(GenreIds, genre.GenreIds.Select(id => (long)id).ToList()));
        }

        foreach (var genre in filter.ExcludedGenres)
        {
            result.MustNot.Add(Match(GenreIds, genre.GenreIds.Select(id => (long)id).ToList()));
        }

        if (filter.AnyPerson && filter.People.Count > 0)
        {
            var anyOf = new Filter();
            anyOf.Should.AddRange(filter.People.Select(person => Match(PersonField(person.Role), person.PersonId)));
            result.Must.Add(Conditions.Filter(anyOf));
        }
        else
        {
            result.Must.AddRange(filter.People.Select(person => Match(PersonField(person.Role), person.PersonId)));
        }

        result.MustNot.AddRange(filter.ExcludedPeople.Select(person => Match(PersonField(person.Role), person.PersonId)));

        if (filter.Kind is { } kind)
        {
            result.Must.Add(MatchKeyword(Kind, kind.ToCode()));
        }

        if (filter.AiUse != AiUseFilter.Any)
        {
            result.Must.Add(Match(HasAi, filter.AiUse == AiUseFilter.OnlyWithAi));
        }

        return result;
    }

    public static string PersonField(CreditRole? role) => role switch
    {
        CreditRole.Actor => ActorIds,
        CreditRole.Director or CreditRole.Creator => DirectorIds,
        null => PersonIds,
        _ => PersonIds,
    };
}
