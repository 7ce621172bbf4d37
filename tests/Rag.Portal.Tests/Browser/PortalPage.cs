using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>What browser tests do on every portal page: sign in, take the screenshot the README shows, run axe.</summary>
public static class PortalPage
{
    public static async Task SignInAsync(this IPage page, BrowsableApi api, string email, string password = PortalUsers.Password)
    {
        await page.GotoAsync(new Uri(api.Address, "/Account/Login").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Saves the page as docs/screenshots/<paramref name="name"/>.png: the whole page, or only what the window
    /// shows (for a page too long to read as one image).</summary>
    public static async Task ScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        var folder = Path.Combine(RagApiFactory.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Runs axe-core on the page as it is now: no serious or critical violation of WCAG 2.2 A/AA.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // A tab pane fading in is half transparent for a moment; with reduced motion Bootstrap's fades end at once,
        // so colours are judged as the reader sees them once the page is still.
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("\n", serious));
    }
}
