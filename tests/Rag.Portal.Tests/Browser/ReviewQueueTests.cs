using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>An Editor works through the review queue in a real browser.</summary>
public class ReviewQueueTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    [Fact]
    public async Task ShouldConfirmAFindingsHeadingClearingTheFlagAndAuditingTheDecision()
    {
        var email = await api.CreateUserAsync(Roles.Editor);
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        await page.SignInAsync(api, email);

        await page.GotoAsync(new Uri(api.Address, "/Review?flag=heading").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue: curated findings" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Finding 1 of \\d+") })).ToBeVisibleAsync();
        var quote = (await page.Locator("blockquote").TextContentAsync())!.Trim();
        await Assertions.Expect(page.Locator("ol.source-excerpt li.cited").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Curator’s note:")).ToBeVisibleAsync();
        await page.ScreenshotAsync("review-queue");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the heading" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The heading is confirmed.");
        await Assertions.Expect(page.GetByText("1 confirmed · ")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("blockquote")).Not.ToHaveTextAsync(quote);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        var finding = await db.FsiFindings.SingleAsync(f => f.Text == quote);
        Assert.False(finding.HeadingUncertain);
        var entry = await db.AuditEntries.Where(e => e.Entity == "FsiFinding" && e.RecordId == finding.Id).SingleAsync();
        Assert.Equal(email, entry.User);
        Assert.Equal("portal", entry.Face);
        Assert.Contains(entry.Changes, c => c.Field == "headingUncertain" && c.Old == "True" && c.New == "False");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldCorrectAnInferredRatingAndConfirmIt()
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Admin));
        await page.GotoAsync(new Uri(api.Address, "/Review?flag=rag&at=5").ToString());
        var quote = (await page.Locator("blockquote").TextContentAsync())!.Trim();
        var form = page.Locator("form", new() { HasText = "Set the rating:" });
        var choice = (await form.GetByRole(AriaRole.Button).First.TextContentAsync())!.Trim();

        await form.GetByRole(AriaRole.Button, new() { Name = choice }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"The rating is corrected to {choice}.");
        await using var scope = api.Services.CreateAsyncScope();
        var finding = await scope.ServiceProvider.GetRequiredService<RagDbContext>().FsiFindings.SingleAsync(f => f.Text == quote);
        Assert.Equal(choice, finding.Rag.ToString());
        Assert.False(finding.RagIsInferred);
    }
}
