using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using Catalog.Search.Vector;
using static Catalog.Search.Tests.SearchDocuments;

namespace Catalog.Search.Tests.Vector;

/// <summary>
/// The conformance suite against a real Qdrant. No Qdrant server can run on the development and
/// CI machines, so these are skipped there, with the reason in the test output; set
/// CATALOG_TEST_QDRANT (e.g. http://127.0.0.1:6334) to run them.
/// </summary>
public sealed class QdrantVectorIndexConformanceTests : VectorIndexConformanceTests
{
    public const string EndpointVariable = "CATALOG_TEST_QDRANT";

    protected override async Task<IVectorIndex> CreateIndexAsync()
    {
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            Assert.Skip($"No Qdrant server: set {EndpointVariable} to a Qdrant gRPC endpoint to run the Qdrant conformance tests.");
        }

        return await QdrantVectorIndex.OpenAsync(
            new QdrantOptions { Endpoint = endpoint, Collection = $"conformance_{Guid.NewGuid():N}" }, Dimension);
    }
}

/// <summary>How a <see cref="SearchFilter"/> becomes Qdrant filter objects; runs everywhere.</summary>
public sealed class QdrantFilterTranslatorTests
{
    [Fact]
    public void No_filter_translates_to_no_qdrant_filter() =>
        Assert.Null(QdrantFilterTranslator.Translate(SearchFilter.None));

    [Fact]
    public void Every_part_of_a_filter_becomes_one_must_condition_on_its_payload_field()
    {
        var filter = new SearchFilter
        {
            Years = new YearRange(1980, 1989, "1980s"),
            Genres = [Genre("Horror", Horror, Slasher), Genre("Comedy", Comedy)],
            People = [new PersonRequirement(7, "Tom Hanks", CreditRole.Actor), new PersonRequirement(8, "John Carpenter", CreditRole.Director), new PersonRequirement(9, "Anyone", null)],
            Kind = TitleKind.Series,
            AiUse = AiUseFilter.WithoutAi,
        };

        var must = QdrantFilterTranslator.Translate(filter)!.Must;

        Assert.Equal(8, must.Count);
        Assert.Equal(("year", 1980.0, 1989.0), (must[0].Field.Key, must[0].Field.Range.Gte, must[0].Field.Range.Lte));
        Assert.Equal("genre_ids", must[1].Field.Key);
        Assert.Equal([Horror, Slasher], must[1].Field.Match.Integers.Integers);
        Assert.Equal("genre_ids", must[2].Field.Key);
        Assert.Equal([Comedy], must[2].Field.Match.Integers.Integers);
        Assert.Equal(("actor_ids", 7L), (must[3].Field.Key, must[3].Field.Match.Integer));
        Assert.Equal(("director_ids", 8L), (must[4].Field.Key, must[4].Field.Match.Integer));
        Assert.Equal(("person_ids", 9L), (must[5].Field.Key, must[5].Field.Match.Integer));
        Assert.Equal(("kind", "series"), (must[6].Field.Key, must[6].Field.Match.Keyword));
        Assert.Equal(("has_ai", false), (must[7].Field.Key, must[7].Field.Match.Boolean));
    }

    [Fact]
    public void A_genre_ruled_out_becomes_a_must_not_condition_and_needs_no_must()
    {
        var filter = SearchFilter.None with { ExcludedGenres = [Genre("Horror", Horror, Slasher)] };

        var translated = QdrantFilterTranslator.Translate(filter)!;

        Assert.Empty(translated.Must);
        var mustNot = Assert.Single(translated.MustNot);
        Assert.Equal("genre_ids", mustNot.Field.Key);
        Assert.Equal([Horror, Slasher], mustNot.Field.Match.Integers.Integers);
    }

    [Fact]
    public void A_person_ruled_out_becomes_a_must_not_condition_on_the_field_of_their_role()
    {
        var filter = SearchFilter.None with { ExcludedPeople = [new PersonRequirement(8, "John Carpenter", CreditRole.Director), new PersonRequirement(9, "Anyone", null)] };

        var mustNot = QdrantFilterTranslator.Translate(filter)!.MustNot;

        Assert.Equal([("director_ids", 8L), ("person_ids", 9L)], mustNot.Select(c => (c.Field.Key, c.Field.Match.Integer)));
    }

    [Fact]
    public void Alternative_people_become_one_must_condition_holding_a_should_filter()
    {
        var filter = SearchFilter.None with
        {
            People = [new PersonRequirement(7, "Boris Karloff", CreditRole.Actor), new PersonRequirement(8, "Bela Lugosi", null)],
            AnyPerson = true,
        };

        var must = Assert.Single(QdrantFilterTranslator.Translate(filter)!.Must);

        var should = must.Filter.Should;
        Assert.Equal(2, should.Count);
        Assert.Equal(("actor_ids", 7L), (should[0].Field.Key, should[0].Field.Match.Integer));
        Assert.Equal(("person_ids", 8L), (should[1].Field.Key, should[1].Field.Match.Integer));
    }

    [Fact]
    public void Open_ended_years_set_only_their_bound()
    {
        var must = QdrantFilterTranslator.Translate(SearchFilter.None with { Years = new YearRange(null, 1959, "before 1960") })!.Must;

        Assert.False(must[0].Field.Range.HasGte);
        Assert.Equal(1959.0, must[0].Field.Range.Lte);
    }

    [Fact]
    public void Points_carry_every_filtered_fact_in_their_payload()
    {
        var document = Doc(42, 1986, [SciFi, Horror], TitleKind.Movie, ai: true,
            credits: [new SearchCredit(7, "Sigourney Weaver", CreditRole.Actor), new SearchCredit(8, "James Cameron", CreditRole.Director)]);

        var points = QdrantVectorIndex.ToPoints(new VectorRecord(document, [Unit(4, 0), Unit(4, 1)])).ToList();

        // One point per passage, numbered within the title's block of ids, each grouped by its title.
        Assert.Equal([42UL * 32, 42UL * 32 + 1], points.Select(p => p.Id.Num));
        Assert.All(points, p => Assert.Equal(42L, p.Payload["title_id"].IntegerValue));
        Assert.Equal([0f, 1f, 0f, 0f], points[1].Vectors.Vector.Dense.Data);
        var point = points[1];
        Assert.Equal(1986, point.Payload["year"].IntegerValue);
        Assert.Equal([SciFi, Horror], point.Payload["genre_ids"].ListValue.Values.Select(v => (int)v.IntegerValue));
        Assert.Equal([7L], point.Payload["actor_ids"].ListValue.Values.Select(v => v.IntegerValue));
        Assert.Equal([8L], point.Payload["director_ids"].ListValue.Values.Select(v => v.IntegerValue));
        Assert.Equal([7L, 8L], point.Payload["person_ids"].ListValue.Values.Select(v => v.IntegerValue));
        Assert.Equal("movie", point.Payload["kind"].StringValue);
        Assert.True(point.Payload["has_ai"].BoolValue);
    }

    [Fact]
    public void After_an_upsert_the_ids_a_title_no_longer_uses_are_the_ones_deleted()
    {
        var twoPassages = new VectorRecord(Doc(42, 1986, []), [Unit(4, 0), Unit(4, 1)]);

        var stale = QdrantVectorIndex.StalePointIds([twoPassages]).ToList();

        Assert.Equal(Enumerable.Range(2, 30).Select(p => 42UL * 32 + (ulong)p), stale);
        Assert.DoesNotContain(QdrantVectorIndex.PointId(42, 1), stale);
    }

    [Theory]
    [InlineData(42, 0)]
    [InlineData(42, 31)]
    [InlineData(9_000_000_000, 17)]
    public void A_point_id_gives_back_its_passage(long titleId, int passage)
    {
        Assert.Equal(passage, QdrantVectorIndex.PassageOf(QdrantVectorIndex.PointId(titleId, passage)));
    }
}
