using Microsoft.Playwright;
using Rag.Api.Commands;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>A new deployment's first Admin, signing in and out, and lockout, in a real browser.</summary>
public class AccountFlowTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    [Fact]
    public async Task ShouldLetTheFirstAdminCreatedByTheCommandSignInAndAddAnAccount()
    {
        var output = new StringWriter();
        var settings = api.Database.Settings.Select(s => $"--{s.Key}={s.Value}");
        var exit = await CommandLine.RunAsync(["create-admin", "first.admin@example.org", .. settings], output);
        Assert.Equal(0, exit);
        var password = output.ToString().Split("Password (shown once; change it after signing in): ")[1].Trim();

        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, "first.admin@example.org", password);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Signed in as first.admin@example.org" })).ToContainTextAsync("Admin");

        await page.GotoAsync(new Uri(api.Address, "/Admin/Users").ToString());
        await page.GetByLabel("Email").FillAsync("viewer.one@example.org");
        await page.GetByLabel("Role").SelectOptionAsync("Viewer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#new-password")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "viewer.one@example.org" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-users");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Signed in as first.admin@example.org" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ShouldLockAnAccountOutAfterFiveWrongPasswords()
    {
        var email = await api.CreateUserAsync(Roles.Viewer);
        var page = await chromium.Browser.NewPageAsync();
        for (var attempt = 0; attempt < 5; attempt++) await page.SignInAsync(api, email, "not-the-password-123");

        await page.SignInAsync(api, email);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("locked");
        await page.ScreenshotAsync("sign-in-locked");
        await page.AssertAccessibleAsync();
    }
}
