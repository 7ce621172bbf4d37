using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rag.Api.GraphQL.Data;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Visits;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>An LA's SIP programme work in a real browser: readiness, finding and allocating a SIP, report coverage.</summary>
public class SipProgrammeFlowTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    // 003 lines 252-257: the four statements, each option labelled with its colour.
    const string Good = "Good (green): preparation for the implementation of the SIP programme is good";
    const string Amber = "Some improvement (amber): preparation for the implementation of the SIP programme is in need of some improvement";
    const string Red = "Substantial improvement (red): preparation for the SIP programme is in need of substantial improvement";

    [Fact]
    public async Task ShouldRecordAReadinessEvaluationAndShowItColouredAndLabelled()
    {
        var la = await LaIdAsync("Barnet");
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.LaEditor, "Barnet"));

        await page.GotoAsync(new Uri(api.Address, $"/Programme/Readiness?la={la}").ToString());
        await page.GetByLabel("Date of evaluation").FillAsync("2006-11-20");
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "3. the quality of SIP reports" });
        await page.GetByLabel("Best-fit statement").SelectOptionAsync(new SelectOptionValue { Label = Red });
        await page.GetByLabel("Note of visit").FillAsync("Report templates agreed; quality assurance of reports not yet in place.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record evaluation" }).ClickAsync();
        await page.GetByLabel("Date of evaluation").FillAsync("2007-03-05");
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "3. the quality of SIP reports" });
        await page.GetByLabel("Best-fit statement").SelectOptionAsync(new SelectOptionValue { Label = Amber });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record evaluation" }).ClickAsync();
        await page.GetByLabel("Date of evaluation").FillAsync("2007-03-05");
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "1. the effectiveness of SIP recruitment and deployment" });
        await page.GetByLabel("Best-fit statement").SelectOptionAsync(new SelectOptionValue { Label = Good });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record evaluation" }).ClickAsync();

        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("recorded");
        var reports = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "the quality of SIP reports" });
        await Assertions.Expect(reports.Locator("td.text-bg-danger")).ToContainTextAsync("Substantial improvement (red)");
        await Assertions.Expect(reports.Locator("td.text-bg-warning")).ToContainTextAsync("Some improvement (amber)");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "recruitment and deployment" }).Locator("td.text-bg-success"))
            .ToContainTextAsync("Good (green)");
        await page.ScreenshotAsync("readiness-dashboard");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldFindASipWillingToWorkInTheRegionAndReportAnAllocationOutsideIt()
    {
        var (willing, unwilling, school) = await api.WithDbAsync(async db =>
        {
            var la = await db.LocalAuthorities.Include(l => l.Region).SingleAsync(l => l.Name == "Camden");
            var elsewhere = await db.Regions.FirstAsync(r => r.Id != la.RegionId);
            var willing = new Sip { Name = $"Willing SIP {Guid.NewGuid():N}"[..20], Sectors = AccreditationSectors.Primary, AccreditedOn = new(2006, 6, 1),
                WorkingAreas = [new SipWorkingArea { RegionId = la.RegionId }] };
            var unwilling = new Sip { Name = $"Northern SIP {Guid.NewGuid():N}"[..20], Sectors = AccreditationSectors.Primary, AccreditedOn = new(2006, 6, 1),
                WorkingAreas = [new SipWorkingArea { RegionId = elsewhere.Id }] };
            var school = new School { Name = "Camden test primary", LocalAuthorityId = la.Id, Phase = SchoolPhase.Primary };
            db.AddRange(willing, unwilling, school);
            await db.SaveChangesAsync();
            return (willing, unwilling, school);
        });
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));

        await page.GotoAsync(new Uri(api.Address, "/Programme/FindSip").ToString());
        await page.GetByLabel("Sector").SelectOptionAsync("Primary");
        await page.GetByLabel("Willing to work in region").SelectOptionAsync(new SelectOptionValue { Label = "London 1" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = willing.Name, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = unwilling.Name, Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Allocate {willing.Name}" }))
            .ToHaveAttributeAsync("href", $"/Sips/Allocate?sipId={willing.Id}");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = $"Allocate {willing.Name}" }).ClickAsync();
        await page.GetByLabel("Search schools by name or URN").FillAsync("Camden test primary");
        await page.GetByLabel("Camden test primary").CheckAsync();
        await Assertions.Expect(page.GetByLabel(willing.Name)).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate the SIP" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Camden test primary", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#sip-heading + p")).ToContainTextAsync(willing.Name);
        await Assertions.Expect(page.Locator(".alert-success")).Not.ToContainTextAsync("not shown as willing");

        // The other SIP, allocated by GraphQL through the same editing core, is reported on the LA's summary.
        using var client = new HttpClient { BaseAddress = api.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RagApiFactory.EditorKey);
        var payload = await client.DataAsync("mutation($input: CreateSipDeploymentInput!) { createSipDeployment(input: $input) { ruleFindings { rule } } }",
            new { input = new { sipId = GlobalId.Encode("Sip", unwilling.Id), schoolId = GlobalId.Encode("School", school.Id), startsOn = Today.AddMonths(-1).ToString("yyyy-MM-dd") } });
        Assert.Contains("SIP_NOT_WILLING_TO_WORK_IN_REGION", payload["createSipDeployment"]!["ruleFindings"]!.AsArray().Select(f => (string?)f!["rule"]));

        await page.GotoAsync(new Uri(api.Address, $"/Programme/Allocation?la={school.LocalAuthorityId}").ToString());
        await Assertions.Expect(page.Locator("tr.outside-region")).ToContainTextAsync(unwilling.Name);
        await Assertions.Expect(page.Locator("tr.outside-region")).Not.ToContainTextAsync(willing.Name);
    }

    [Fact]
    public async Task ShouldFlagASchoolWhoseReportsMissACommentary()
    {
        var la = await LaIdAsync("Hackney");
        await api.WithDbAsync(async db =>
        {
            var sip = new Sip { Name = "Hackney test SIP", Sectors = AccreditationSectors.Primary | AccreditationSectors.Secondary, AccreditedOn = new(2006, 1, 1),
                WorkingAreas = [new SipWorkingArea { RegionId = (await db.LocalAuthorities.SingleAsync(l => l.Id == la)).RegionId }] };
            var flagged = new School { Name = "Hackney specialist college", LocalAuthorityId = la, Phase = SchoolPhase.Secondary, IsSpecialist = true };
            var near = new School { Name = "Hackney long-served primary", LocalAuthorityId = la, Phase = SchoolPhase.Primary };
            db.AddRange(new School { Name = "Hackney unallocated primary", LocalAuthorityId = la, Phase = SchoolPhase.Primary },
                new SipDeployment { Sip = sip, School = flagged, StartsOn = Today.AddYears(-2), DaysPerYear = 5 },
                new SipDeployment { Sip = sip, School = near, StartsOn = Today.AddYears(-3).AddMonths(2), DaysPerYear = 5 });
            var commentaries = await db.RequiredCommentaries.ToListAsync();
            db.Add(new Visit
            {
                Sip = sip, School = flagged, VisitedOn = Today.AddMonths(-3), LengthDays = 1, Purpose = "Autumn review",
                ReportSections = commentaries.Where(c => !c.OnlyForSpecialistSchools && c.Order != 2).Select(c => new ReportSection { RequiredCommentaryId = c.Id }).ToList(),
            });
            db.Add(new Visit
            {
                Sip = sip, School = near, VisitedOn = Today.AddMonths(-2), LengthDays = 1, Purpose = "Spring review",
                ReportSections = commentaries.Where(c => !c.OnlyForSpecialistSchools).Select(c => new ReportSection { RequiredCommentaryId = c.Id }).ToList(),
            });
            await db.SaveChangesAsync();
            return true;
        });
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));

        await page.GotoAsync(new Uri(api.Address, $"/Programme/Allocation?la={la}").ToString());

        var flaggedRow = page.Locator("tr.missing-commentary").Filter(new() { HasText = "Hackney specialist college" });
        await Assertions.Expect(flaggedRow).ToContainTextAsync("Priorities, targets and progress");
        await Assertions.Expect(flaggedRow).ToContainTextAsync("Specialisms");
        await Assertions.Expect(page.Locator("tr.missing-commentary").Filter(new() { HasText = "long-served" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Three years on" })).ToContainTextAsync("Hackney long-served primary");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Allocate a SIP to Hackney unallocated primary" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/Sips/Allocate\\?schoolId=\\d+$"));
        await page.ScreenshotAsync("allocation-summary");
        await page.AssertAccessibleAsync();

        // A Viewer reads the same summary but is not offered an allocation they could not make.
        var viewer = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await viewer.SignInAsync(api, await api.CreateUserAsync(Roles.Viewer));
        await viewer.GotoAsync(new Uri(api.Address, $"/Programme/Allocation?la={la}").ToString());
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Hackney unallocated primary" })).ToBeVisibleAsync();
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Allocate a SIP to Hackney unallocated primary" })).ToHaveCountAsync(0);
    }

    Task<int> LaIdAsync(string name) => api.WithDbAsync(db => db.LocalAuthorities.Where(l => l.Name == name).Select(l => l.Id).SingleAsync());
}

static class SipProgrammeFlowData
{
    public static async Task<T> WithDbAsync<T>(this RagApiFactory api, Func<RagDbContext, Task<T>> work)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RagDbContext>());
    }
}
