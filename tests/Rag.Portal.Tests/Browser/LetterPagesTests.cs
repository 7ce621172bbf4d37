using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>The FSI letters in a real browser: the list, a letter's page edited in place, its history, and a Viewer's read-only view.</summary>
public class LetterPagesTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    [Fact]
    public async Task ShouldAddAFindingToALetterAndShowItInTheLettersHistory()
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));

        await page.GotoAsync(Url("/Letters"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "FSI letters" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(17);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Northumberland" }).ClickAsync();

        await Assertions.Expect(page.Locator("#data-check")).ToContainTextAsync("TRANSITION_DENOMINATOR");
        await Assertions.Expect(page.Locator("#data-check")).ToContainTextAsync("(002:");
        await page.Locator("#new-finding-heading").SelectOptionAsync(new SelectOptionValue { Label = "LA - use of data" });
        await page.Locator("#new-finding-rag").SelectOptionAsync("Red");
        await page.GetByLabel("Text, quoted from the letter").Last.FillAsync("“Data are not used sharply enough to challenge schools” (test)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the finding" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The finding is added.");
        var added = page.Locator("article", new() { HasText = "(test)" });
        await Assertions.Expect(added).ToContainTextAsync("Red");
        await Assertions.Expect(added).Not.ToContainTextAsync("rating inferred");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var finding = await scope.ServiceProvider.GetRequiredService<RagDbContext>().FsiFindings.SingleAsync(f => f.Text.EndsWith("(test)"));
            Assert.Equal(RagRating.Red, finding.Rag);
            Assert.False(finding.RagIsInferred);
        }
        await page.ScreenshotAsync("letter");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("FSI finding");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("(test)");
        await page.ScreenshotAsync("letter-history");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldEditATransitionInPlaceAndRecheckTheLetter()
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));
        await page.GotoAsync(Url($"/Letters/Details/{await LetterAsync("Northumberland County Council")}"));
        await Assertions.Expect(page.Locator("#data-check")).ToContainTextAsync("\"6/18 S → RI\" is out of 18");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit 6/18 S → RI" }).ClickAsync();
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Save" }) });
        await row.GetByLabel("Out of").FillAsync("17");
        await page.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "6/17 S → RI" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#data-check")).Not.ToContainTextAsync("out of 18");
    }

    [Fact]
    public async Task ShouldShowAViewerNoEditControlsAndRefuseTheirPost()
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Viewer));
        var url = Url($"/Letters/Details/{await LetterAsync("Bristol City Council")}");
        await page.GotoAsync(url);

        await Assertions.Expect(page.Locator("#data-check")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add the finding" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the letter" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit") })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        // The sign-out form's antiforgery token makes the post well-formed; the role still refuses it.
        var status = await page.EvaluateAsync<int>(@"async url => {
            const token = document.querySelector('input[name=__RequestVerificationToken]').value;
            const body = new URLSearchParams({ __RequestVerificationToken: token, 'Input.Reason': 'Changed by a viewer', 'Input.Version': '0' });
            return (await fetch(url + '?handler=Letter', { method: 'POST', body })).status;
        }", url);
        Assert.Equal(403, status);
    }

    string Url(string path) => new Uri(api.Address, path).ToString();

    async Task<int> LetterAsync(string printedName)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RagDbContext>().FsiLetters.Where(l => l.PrintedName == printedName).Select(l => l.Id).SingleAsync();
    }
}
