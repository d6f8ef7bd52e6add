using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Catalog.Search.Understanding.Chat;

/// <summary>
/// The function the chat model must call to answer: its parameters are the <see cref="QueryIntent"/>
/// in words. It is never run; the call's arguments are read (<see cref="ChatIntentReader"/>).
/// </summary>
internal static class IntentTool
{
    public const string PluginName = "catalog";
    public const string FunctionName = "set_query_intent";

    public static KernelFunction Create() => KernelFunctionFactory.CreateFromMethod(
        SetQueryIntent, FunctionName,
        "Records what a viewer's request to a film and series catalog asks for. Leave out what the request does not say.");

    [return: Description("Nothing: the arguments are the answer.")]
    private static string SetQueryIntent(
        [Description("First release year asked for, e.g. 1980 for \"the '80s\"; omit when none.")] int? year_from = null,
        [Description("Last release year asked for, e.g. 1989 for \"the '80s\"; omit when open or none.")] int? year_to = null,
        [Description("Genres asked for, each one of the catalog's genre names listed in the instructions.")] string[]? genres = null,
        [Description("Genres the viewer rules out (\"nothing scary\" is Horror), each one of the catalog's genre names.")] string[]? excluded_genres = null,
        [Description("Full names of actors or directors asked for.")] string[]? people = null,
        [Description("Full names of actors or directors the viewer rules out (\"without Adam Sandler\").")] string[]? excluded_people = null,
        [Description("true when any one of the people will do (\"with Karloff or Lugosi\"); omit when each must be in the title.")] bool? any_person = null,
        [Description("\"movie\" or \"series\" when the request says which.")] string? kind = null,
        [Description("\"with_ai\" for titles made with generative AI, \"without_ai\" for titles made without it; omit otherwise.")] string? ai_use = null,
        [Description("The title the viewer wants more of (\"something like Alien\" is Alien).")] string? like_title = null,
        [Description("What is left to search as text: plot, subject or mood words, without filler.")] string? text = null) =>
        string.Empty;
}
