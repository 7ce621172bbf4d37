using Microsoft.Playwright;
using Rag.Domain.Sips;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>Allocating a SIP to a school with the deployment rules previewed, ending it, the SIP pages and the dashboard.</summary>
public class SipAllocationTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    string Url(string path) => new Uri(api.Address, path).ToString();

    [Fact]
    public async Task ShouldAllocateASipToASchoolWithTheRulesPreviewed()
    {
        var school = await api.AddSchoolAsync("Meanwood Primary");
        await api.AddSipAsync("Pat Secondary-Only", AccreditationSectors.Secondary);
        var sip = await api.AddSipAsync("Sam Primary-Accredited", AccreditationSectors.Primary | AccreditationSectors.Special);
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));

        await page.GotoAsync(Url("/Sips/Allocate"));
        await page.GetByLabel("Search schools by name or URN").FillAsync("Meanwood");
        await page.GetByLabel("Meanwood Primary").CheckAsync();
        await page.GetByLabel("Search SIPs by name").FillAsync("Pat");
        await Assertions.Expect(page.Locator("#sip-choices")).Not.ToContainTextAsync("Sam Primary-Accredited"); // the search has answered
        await page.GetByLabel("Pat Secondary-Only").CheckAsync();
        await Assertions.Expect(page.Locator("#sip-choices")).ToContainTextAsync("not accredited for primary");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("SIP_NOT_ACCREDITED_FOR_PHASE");
        await page.GetByLabel("Days per year").FillAsync("3");
        await page.GetByLabel("Days per year").DispatchEventAsync("change");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("DEPLOYMENT_UNDER_FOUR_DAYS");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("document 003, line 300");
        await page.ScreenshotAsync("sip-allocation");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Search SIPs by name").FillAsync("Sam");
        await page.GetByLabel("Sam Primary-Accredited").CheckAsync();
        await page.GetByLabel("Days per year").FillAsync("5");
        await page.GetByLabel("Days per year").DispatchEventAsync("change");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("No deployment rule is broken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate the SIP" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meanwood Primary", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#sip-heading + p")).ToContainTextAsync("Sam Primary-Accredited");

        await page.GotoAsync(Url($"/Sips/Allocate?schoolId={school.Id}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "End Sam Primary-Accredited's allocation" }).ClickAsync();
        await Assertions.Expect(page.Locator("#open-allocations")).ToContainTextAsync("Meanwood Primary has no SIP now");

        await page.GotoAsync(Url($"/Sips/Details/{sip.Id}"));
        await Assertions.Expect(page.Locator("#lapse-heading + p")).ToContainTextAsync("Accreditation lapses on");
        await page.ScreenshotAsync("sip");
        await page.AssertAccessibleAsync();
        await page.GotoAsync(Url("/Sips"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sam Primary-Accredited" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync(Url("/Sips/Create"));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldListTheRuleFlagsOfAllLasOnTheDashboard()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var school = await api.AddSchoolAsync("Kirkstall Primary");
        var longStay = await api.AddSipAsync("Lee Long-Stay");
        await api.AddDeploymentAsync(longStay.Id, school.Id, today.AddYears(-4));
        var idle = await api.AddSipAsync("Robin Idle", accreditedOn: today.AddYears(-5));
        await api.AddDeploymentAsync(idle.Id, school.Id, today.AddYears(-4), today.AddYears(-3).AddMonths(3));
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Admin));

        await page.GotoAsync(Url("/"));

        await Assertions.Expect(page.Locator("#flags-SipDeployment")).ToContainTextAsync("DEPLOYMENT_OVER_THREE_YEARS");
        await Assertions.Expect(page.Locator("#flags-Sip")).ToContainTextAsync("ACCREDITATION_LAPSE_DUE");
        await Assertions.Expect(page.Locator("#flags-FsiLetter")).ToContainTextAsync("TRANSITION_DENOMINATOR");
        // One row per finding: Lee has said nowhere they will work, so the same deployment also breaks 003 lines 1296-1297.
        var overThreeYears = page.Locator("#flags-SipDeployment tr").Filter(new() { HasText = "DEPLOYMENT_OVER_THREE_YEARS" });
        await Assertions.Expect(overThreeYears.GetByRole(AriaRole.Link, new() { Name = "Lee Long-Stay at Kirkstall Primary" })).ToHaveAttributeAsync("href", $"/Schools/Details/{school.Id}");
        await Assertions.Expect(page.Locator("#flags-SipDeployment tr").Filter(new() { HasText = "SIP_NOT_WILLING_TO_WORK_IN_REGION" })
            .Filter(new() { HasText = "Lee Long-Stay at Kirkstall Primary" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("dashboard");
        await page.AssertAccessibleAsync();
    }
}
