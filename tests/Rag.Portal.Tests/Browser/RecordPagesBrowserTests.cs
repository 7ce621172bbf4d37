using Microsoft.Playwright;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>The generic record pages in a real browser: a list, a record with its history, a refused edit, and two
/// people editing the same record at once.</summary>
public class RecordPagesBrowserTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    string Url(string path) => new Uri(api.Address, path).ToString();

    async Task<IPage> SignedInAsync(string role, IBrowserContext? context = null)
    {
        var page = await (context ?? await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(role));
        return page;
    }

    async Task<string> CreateSchoolAsync(IPage page, string name)
    {
        await page.GotoAsync(Url("/Records/School/New"));
        await page.GetByLabel("Name").First.FillAsync(name);
        await page.Locator("#field-localAuthorityId + .ts-wrapper .ts-control").ClickAsync();
        // The picker loads its first options on focus; typing before they arrive could leave the search unanswered.
        await page.Locator(".ts-dropdown .option").First.WaitForAsync();
        await page.Keyboard.TypeAsync("Leeds");
        await page.Locator(".ts-dropdown .option", new() { HasText = "Leeds" }).First.ClickAsync();
        await page.GetByLabel("Phase").SelectOptionAsync("Primary");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        return page.Url;
    }

    [Fact]
    public async Task ShouldListSearchAndSortLocalAuthorities()
    {
        var page = await SignedInAsync(Roles.Viewer);
        await page.GotoAsync(Url("/Records/LocalAuthority?sort=name"));
        await page.GetByLabel("Search").FillAsync("shire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=shire"));
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("North Yorkshire");
        await page.ScreenshotAsync("records-list");
        await page.AssertAccessibleAsync();
        await page.GotoAsync(Url("/Records"));
        await page.ScreenshotAsync("records-index");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldShowARecordWithItsHistory()
    {
        var page = await SignedInAsync(Roles.Editor);
        var details = await CreateSchoolAsync(page, "Harehills Primary");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Urn").FillAsync("107888");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");

        await page.ScreenshotAsync("records-details");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pane-history")).ToContainTextAsync("107888");
        await page.ScreenshotAsync("records-history");
        await page.AssertAccessibleAsync();
        Assert.EndsWith(details.Split('/').Last(), page.Url.TrimEnd('#'));
    }

    [Fact]
    public async Task ShouldShowAnAdminTheAuditTrailFilteredByRecordType()
    {
        var page = await SignedInAsync(Roles.Admin);
        await CreateSchoolAsync(page, "Audited Primary");

        await page.GotoAsync(Url("/Admin/Audit"));
        await page.GetByLabel("Record type").SelectOptionAsync("School");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("entity=School"));
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Audited Primary");
        await page.ScreenshotAsync("audit-trail");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldShowAValidationErrorBesideTheField()
    {
        var page = await SignedInAsync(Roles.Editor);
        await page.GotoAsync(Url("/Records/School/New"));
        await page.GetByLabel("Name").First.FillAsync("   ");
        await page.GetByLabel("Urn").FillAsync("twelve");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("#field-name-error")).ToHaveTextAsync("Name cannot be blank.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("URN cannot be \"twelve\".");
        await Assertions.Expect(page.GetByLabel("Urn")).ToHaveValueAsync("twelve");
        await page.ScreenshotAsync("records-edit-error");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldShowTheSecondEditorTheConflictWithTheirInputKept()
    {
        var first = await SignedInAsync(Roles.Editor);
        var details = await CreateSchoolAsync(first, "Chapel Allerton Primary");
        var second = await SignedInAsync(Roles.Editor, await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } }));
        await first.GotoAsync(details + "/Edit");
        await second.GotoAsync(details + "/Edit");

        await first.GetByLabel("Name").First.FillAsync("Chapel Allerton Primary School");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
        await second.GetByLabel("Name").First.FillAsync("Chapel Allerton Academy");
        await second.GetByLabel("Urn").FillAsync("107999");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("after you opened it");
        await Assertions.Expect(second.GetByLabel("Name").First).ToHaveValueAsync("Chapel Allerton Academy");
        await Assertions.Expect(second.GetByLabel("Urn")).ToHaveValueAsync("107999");
        await Assertions.Expect(second.Locator("#field-name-theirs")).ToContainTextAsync("Chapel Allerton Primary School");
        await second.ScreenshotAsync("records-conflict");
        await second.AssertAccessibleAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Chapel Allerton Academy");
    }
}
