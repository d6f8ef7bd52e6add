using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

internal static class Interactive
{
    /// <summary>
    /// Waits until the search page's circuit has rendered over the prerendered markup: keystrokes and
    /// focus before that go to elements that are about to be replaced.
    /// </summary>
    public static Task WaitAsync(IPage page) =>
        Assertions.Expect(page.Locator(".search-page[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
}
