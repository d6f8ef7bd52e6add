using Catalog.Search.Retrieval;
using Catalog.Web.Components.Pages.Search;

namespace Catalog.Web.Tests.Components;

public sealed class PassageSegmentsTests
{
    [Fact]
    public void The_marked_stretches_alternate_with_the_plain_ones_and_rejoin_to_the_passage()
    {
        const string passage = "A ship strikes an iceberg.";

        var segments = PassageSegments.Of(passage, [new TextSpan(2, 4), new TextSpan(18, 7)]).ToList();

        Assert.Equal([("A ", false), ("ship", true), (" strikes an ", false), ("iceberg", true), (".", false)], segments);
        Assert.Equal(passage, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Highlights_out_of_order_overlapping_or_past_the_end_are_skipped()
    {
        const string passage = "A ship strikes an iceberg.";

        var segments = PassageSegments.Of(passage, [new TextSpan(18, 7), new TextSpan(2, 4), new TextSpan(20, 2), new TextSpan(25, 9), new TextSpan(0, 0)]).ToList();

        Assert.Equal([("A ship strikes an ", false), ("iceberg", true), (".", false)], segments);
        Assert.Equal([(passage, false)], PassageSegments.Of(passage, []));
    }
}
