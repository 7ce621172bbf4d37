using Microsoft.Playwright;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>From a passage of a source to what Rag made of it, and back: a reader picks a cited line of 002, follows a
/// record citing it, and returns through the record's source link.</summary>
public class SourcePagesBrowserTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    async Task<IPage> Visit(string path)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, ReducedMotion = ReducedMotion.Reduce });
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Viewer));
        await page.GotoAsync(new Uri(api.Address, path).ToString());
        return page;
    }

    [Fact]
    public async Task ShouldGoFromACitedLineToItsRecordAndBack()
    {
        var page = await Visit("/Sources/002");
        await page.AssertAccessibleAsync();

        // 002 lines 133-137: Bristol's "The LA has established a strong support network for clerks of governing bodies"
        // (Seed/Data/FsiLetters/bristol-city.json, its first finding).
        await page.GetByRole(AriaRole.Link, new() { Name = "Line 135: records citing it" }).ClickAsync();
        await Assertions.Expect(page.Locator("#L135")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("line-selected"));
        var record = page.Locator("#citing-records a", new() { HasText = "strong support network for clerks" });
        await Assertions.Expect(record).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#L135")).ToBeInViewportAsync();
        await page.ScreenshotAsync("sources-document", fullPage: false);
        await page.AssertAccessibleAsync();

        await record.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Letters/Details/\\d+#finding-\\d+$"));
        var finding = page.Locator("article", new() { HasText = "strong support network for clerks" });
        await finding.Locator("a.source-lines").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Sources/002\\?line=133#L133$"));
        await Assertions.Expect(page.Locator("#L133")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("line-selected"));
        await Assertions.Expect(page.Locator("#citing-records")).ToContainTextAsync("strong support network for clerks");
    }

    [Fact]
    public async Task ShouldListTheDocumentsAndSayHowTheDataWasMade()
    {
        var page = await Visit("/Sources");
        await Assertions.Expect(page.Locator("#source-documents tbody tr")).ToHaveCountAsync(5);
        await page.ScreenshotAsync("sources");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "How the data was made" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How the data was made", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#agreement-letters tbody tr")).ToHaveCountAsync(17);
        await page.ScreenshotAsync("how-data-was-made");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldPassAxeOnTheReviewQueuesTwoReadings()
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));
        await page.GotoAsync(new Uri(api.Address, "/Review?flag=la").ToString());

        await Assertions.Expect(page.Locator("#readings")).ToContainTextAsync("Second reading");
        await Assertions.Expect(page.Locator("#suggested-rating")).ToContainTextAsync("suggested until confirmed");
        await page.ScreenshotAsync("review-two-readings");
        await page.AssertAccessibleAsync();
    }
}
