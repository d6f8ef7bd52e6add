namespace Catalog.Cli;

/// <summary>
/// Plain lines for messages: unlike Spectre's markup they are never wrapped at the console
/// width, so an error stays one line that can be grepped and pasted.
/// </summary>
internal static class CliOutput
{
    public static void Info(string message) => Console.Out.WriteLine(message);

    public static void Warning(string message) => Console.Out.WriteLine("warning: " + message);

    public static void Error(string message) => Console.Error.WriteLine("error: " + message);
}
