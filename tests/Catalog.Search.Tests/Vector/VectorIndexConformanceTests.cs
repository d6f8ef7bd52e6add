using Catalog.Core.Titles;
using Catalog.Search.Retrieval;
using Catalog.Search.Understanding;
using Catalog.Search.Vector;
using static Catalog.Search.Tests.SearchDocuments;

namespace Catalog.Search.Tests.Vector;

/// <summary>
/// What every <see cref="IVectorIndex"/> must do. Each implementation runs these through a
/// subclass; the Qdrant one only where a Qdrant server is reachable.
/// </summary>
public abstract class VectorIndexConformanceTests
{
    protected const int Dimension = 8;

    protected abstract Task<IVectorIndex> CreateIndexAsync();

    private static readonly SearchCredit Bronson = new(50, "Charles Bronson", CreditRole.Actor);
    private static readonly SearchCredit Carpenter = new(60, "John Carpenter", CreditRole.Director);

    private async Task<IVectorIndex> SeededAsync()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(
        [
            new(Doc(1, 1982, [Horror], credits: [Carpenter]), Unit(Dimension, 0)),
            new(Doc(2, 1984, [Slasher]), Unit(Dimension, 0, 0.3f, 1)),
            new(Doc(3, 1995, [SciFi], ai: true), Unit(Dimension, 0, 0.8f, 2)),
            new(Doc(4, 1974, [Comedy, Horror], TitleKind.Series, credits: [Bronson]), Unit(Dimension, 1)),
            new(Doc(5, 2020, [SciFi], credits: [Bronson, Carpenter]), Unit(Dimension, 2)),
        ]);
        return index;
    }

    [Fact]
    public async Task Returns_the_nearest_titles_first_with_their_similarity()
    {
        var index = await SeededAsync();

        var hits = await index.SearchAsync(Unit(Dimension, 0), SearchFilter.None, 3);

        Assert.Equal([1L, 2L, 3L], hits.Select(h => h.TitleId));
        Assert.Equal(1.0, hits[0].Score, 3);
        Assert.True(hits[1].Score > hits[2].Score);
    }

    [Fact]
    public async Task A_year_range_keeps_only_titles_inside_it()
    {
        var index = await SeededAsync();
        var filter = SearchFilter.None with { Years = new YearRange(1980, 1989, "1980s") };

        var hits = await index.SearchAsync(Unit(Dimension, 2), filter, 10);

        Assert.Equal([1L, 2L], hits.Select(h => h.TitleId).Order());
    }

    [Fact]
    public async Task A_genre_requirement_is_met_by_any_of_its_genres_and_requirements_combine()
    {
        var index = await SeededAsync();
        var horror = SearchFilter.None with { Genres = [Genre("Horror", Horror, Slasher)] };
        var horrorComedy = SearchFilter.None with { Genres = [Genre("Horror", Horror, Slasher), Genre("Comedy", Comedy)] };

        Assert.Equal([1L, 2L, 4L], (await index.SearchAsync(Unit(Dimension, 0), horror, 10)).Select(h => h.TitleId).Order());
        Assert.Equal([4L], (await index.SearchAsync(Unit(Dimension, 0), horrorComedy, 10)).Select(h => h.TitleId));
    }

    [Fact]
    public async Task A_genre_ruled_out_removes_every_title_with_any_of_its_genres_even_alone()
    {
        var index = await SeededAsync();
        var noHorror = SearchFilter.None with { ExcludedGenres = [Genre("Horror", Horror, Slasher)] };
        var sciFiNoComedy = SearchFilter.None with { Genres = [Genre("Science Fiction", SciFi)], ExcludedGenres = [Genre("Comedy", Comedy)] };

        Assert.Equal([3L, 5L], (await index.SearchAsync(Unit(Dimension, 0), noHorror, 10)).Select(h => h.TitleId).Order());
        Assert.Equal([3L, 5L], (await index.SearchAsync(Unit(Dimension, 0), sciFiNoComedy, 10)).Select(h => h.TitleId).Order());
    }

    [Fact]
    public async Task A_person_ruled_out_removes_the_titles_crediting_them_in_that_role()
    {
        var index = await SeededAsync();
        var noCarpenter = SearchFilter.None with { ExcludedPeople = [new PersonRequirement(60, "John Carpenter", null)] };
        var carpenterNotActing = SearchFilter.None with { ExcludedPeople = [new PersonRequirement(60, "John Carpenter", CreditRole.Actor)] };

        Assert.Equal([2L, 3L, 4L], (await index.SearchAsync(Unit(Dimension, 0), noCarpenter, 10)).Select(h => h.TitleId).Order());
        Assert.Equal([1L, 2L, 3L, 4L, 5L], (await index.SearchAsync(Unit(Dimension, 0), carpenterNotActing, 10)).Select(h => h.TitleId).Order());
    }

    [Fact]
    public async Task People_filters_respect_the_role_asked_for()
    {
        var index = await SeededAsync();
        var anyRole = SearchFilter.None with { People = [new PersonRequirement(60, "John Carpenter", null)] };
        var asActor = SearchFilter.None with { People = [new PersonRequirement(60, "John Carpenter", CreditRole.Actor)] };
        var bronson = SearchFilter.None with { People = [new PersonRequirement(50, "Charles Bronson", CreditRole.Actor)] };

        Assert.Equal([1L, 5L], (await index.SearchAsync(Unit(Dimension, 0), anyRole, 10)).Select(h => h.TitleId).Order());
        Assert.Empty(await index.SearchAsync(Unit(Dimension, 0), asActor, 10));
        Assert.Equal([4L, 5L], (await index.SearchAsync(Unit(Dimension, 0), bronson, 10)).Select(h => h.TitleId).Order());
    }

    [Fact]
    public async Task Alternative_people_pass_a_title_that_credits_any_of_them()
    {
        var index = await SeededAsync();
        var either = SearchFilter.None with
        {
            People = [new PersonRequirement(50, "Charles Bronson", CreditRole.Actor), new PersonRequirement(60, "John Carpenter", CreditRole.Director)],
            AnyPerson = true,
        };
        var both = either with { AnyPerson = false };

        Assert.Equal([1L, 4L, 5L], (await index.SearchAsync(Unit(Dimension, 0), either, 10)).Select(h => h.TitleId).Order());
        Assert.Equal([5L], (await index.SearchAsync(Unit(Dimension, 0), both, 10)).Select(h => h.TitleId));
    }

    [Fact]
    public async Task Kind_and_ai_use_filter()
    {
        var index = await SeededAsync();

        Assert.Equal([4L], (await index.SearchAsync(Unit(Dimension, 0), SearchFilter.None with { Kind = TitleKind.Series }, 10)).Select(h => h.TitleId));
        Assert.Equal([3L], (await index.SearchAsync(Unit(Dimension, 0), SearchFilter.None with { AiUse = AiUseFilter.OnlyWithAi }, 10)).Select(h => h.TitleId));
        Assert.DoesNotContain(3L, (await index.SearchAsync(Unit(Dimension, 0), SearchFilter.None with { AiUse = AiUseFilter.WithoutAi }, 10)).Select(h => h.TitleId));
    }

    [Fact]
    public async Task Upserting_a_title_again_replaces_it_and_deleting_removes_it()
    {
        var index = await SeededAsync();

        await index.UpsertAsync([new(Doc(1, 1982, [Horror]), Unit(Dimension, 3))]);
        await index.DeleteAsync([2]);

        var hits = await index.SearchAsync(Unit(Dimension, 3), SearchFilter.None, 10);
        Assert.Equal(1L, hits[0].TitleId);
        Assert.Equal(4, hits.Count);
        Assert.DoesNotContain(2L, hits.Select(h => h.TitleId));
    }

    [Fact]
    public async Task A_title_with_several_passages_scores_as_its_best_one_and_is_listed_once()
    {
        var index = await SeededAsync();
        // Title 6's first passage points away from the query; its second is the nearest vector of all.
        await index.UpsertAsync([new(Doc(6, 1990, [Comedy]), [Unit(Dimension, 5), Unit(Dimension, 4, 0.1f, 0), Unit(Dimension, 4, 0.2f, 0)])]);

        var hits = await index.SearchAsync(Unit(Dimension, 4), SearchFilter.None, 10);

        Assert.Equal(6L, hits[0].TitleId);
        Assert.Equal(Dot(Unit(Dimension, 4, 0.1f, 0), Unit(Dimension, 4)), hits[0].Score, 3);
        Assert.Single(hits, h => h.TitleId == 6);
        // Which passage matched, so the page can quote it; a single-vector title's is its first.
        Assert.Equal(1, hits[0].Passage);
        Assert.All(hits.Where(h => h.TitleId != 6), h => Assert.Equal(0, h.Passage));
    }

    [Fact]
    public async Task The_passage_reported_is_the_one_the_title_has_now()
    {
        var index = await SeededAsync();
        await index.UpsertAsync([new(Doc(6, 1990, [Comedy]), [Unit(Dimension, 5), Unit(Dimension, 6), Unit(Dimension, 7)])]);

        // The synopsis was rewritten: what was the third passage is now the first.
        await index.UpsertAsync([new(Doc(6, 1990, [Comedy]), [Unit(Dimension, 7), Unit(Dimension, 5)])]);

        Assert.Equal(0, (await index.SearchAsync(Unit(Dimension, 7), SearchFilter.None, 1)).Single().Passage);
        Assert.Equal(1, (await index.SearchAsync(Unit(Dimension, 5), SearchFilter.None, 1)).Single().Passage);
    }

    [Fact]
    public async Task Upserting_a_title_with_fewer_passages_drops_the_ones_it_no_longer_has()
    {
        var index = await SeededAsync();
        await index.UpsertAsync([new(Doc(6, 1990, [Comedy]), [Unit(Dimension, 5), Unit(Dimension, 6)])]);

        await index.UpsertAsync([new(Doc(6, 1990, [Comedy]), Unit(Dimension, 5))]);

        var hits = await index.SearchAsync(Unit(Dimension, 6), SearchFilter.None, 10);
        Assert.Equal(0.0, hits.Single(h => h.TitleId == 6).Score, 3);
        Assert.Single(hits, h => h.TitleId == 6);
    }

    [Fact]
    public async Task Within_one_upsert_the_last_record_of_a_title_wins()
    {
        var index = await SeededAsync();
        await index.UpsertAsync(
        [
            new(Doc(6, 1990, [Comedy]), [Unit(Dimension, 5), Unit(Dimension, 6)]),
            new(Doc(6, 1991, [Comedy]), [Unit(Dimension, 7), Unit(Dimension, 5), Unit(Dimension, 6)]),
        ]);

        var hits = await index.SearchAsync(Unit(Dimension, 7), SearchFilter.None with { Years = new YearRange(1991, 1991, "1991") }, 10);

        Assert.Equal(1.0, Assert.Single(hits).Score, 3);
        Assert.Equal(1.0, (await index.SearchAsync(Unit(Dimension, 6), SearchFilter.None, 1)).Single().Score, 3);
    }

    [Fact]
    public async Task A_title_without_vectors_is_refused()
    {
        var index = await CreateIndexAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => index.UpsertAsync([new(Doc(1, 2000, []), Array.Empty<ReadOnlyMemory<float>>())]));
        Assert.Empty(await index.SearchAsync(Unit(Dimension, 0), SearchFilter.None, 10));
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public async Task The_limit_is_respected()
    {
        var index = await SeededAsync();
        Assert.Equal(2, (await index.SearchAsync(Unit(Dimension, 0), SearchFilter.None, 2)).Count);
    }

    [Fact]
    public async Task An_empty_index_finds_nothing()
    {
        var index = await CreateIndexAsync();
        Assert.Empty(await index.SearchAsync(Unit(Dimension, 0), SearchFilter.None, 10));
    }
}

public sealed class EmbeddedVectorIndexConformanceTests : VectorIndexConformanceTests
{
    protected override Task<IVectorIndex> CreateIndexAsync() => Task.FromResult<IVectorIndex>(new EmbeddedVectorIndex(Dimension));

    [Fact]
    public async Task Vectors_of_another_dimension_are_refused()
    {
        var index = new EmbeddedVectorIndex(Dimension);
        await Assert.ThrowsAsync<ArgumentException>(() => index.UpsertAsync([new(Doc(1, 2000, []), new float[Dimension + 1])]));
        await Assert.ThrowsAsync<ArgumentException>(() => index.SearchAsync(new float[Dimension - 1], SearchFilter.None, 5));
    }
}
