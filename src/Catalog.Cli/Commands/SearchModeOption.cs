using System.CommandLine;
using Catalog.Search.Searching;

namespace Catalog.Cli.Commands;

/// <summary>The <c>--mode lexical|vector|hybrid|full</c> option shared by the search commands.</summary>
internal static class SearchModeOption
{
    public static Option<string> Create()
    {
        var mode = new Option<string>("--mode") { Description = "lexical, vector, hybrid or full.", DefaultValueFactory = _ => "full" };
        mode.AcceptOnlyFromAmong("lexical", "vector", "hybrid", "full");
        return mode;
    }

    public static SearchMode Read(ParseResult parse, Option<string> option) =>
        Enum.Parse<SearchMode>(parse.GetRequiredValue(option), ignoreCase: true);
}
