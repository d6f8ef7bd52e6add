using Catalog.Testing;

namespace Catalog.Browser.Tests;

/// <summary>Screenshots the browser tests keep, under artifacts/browser-tests/ at the repository root.</summary>
internal static class BrowserArtifacts
{
    public static string PathFor(string fileName)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "browser-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        TestContext.Current.SendDiagnosticMessage($"screenshot: {path}");
        return path;
    }
}
