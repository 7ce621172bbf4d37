using Microsoft.Playwright;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>The school pages in a real browser: creating a school, its inspections and category, a conflict between
/// two editors, and who may not change a school.</summary>
public class SchoolPagesTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    string Url(string path) => new Uri(api.Address, path).ToString();

    [Fact]
    public async Task ShouldCreateASchoolAndRecordAnInspection()
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));

        await page.GotoAsync(Url("/Schools/Create"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Chapel Allerton Primary");
        await page.EvaluateAsync("() => { const s = document.getElementById('Input_LocalAuthorityId'); s.tomselect.setValue([...s.options].find(o => o.text === 'Leeds').value); }");
        await page.GetByLabel("Phase").SelectOptionAsync("Primary");
        await page.GetByLabel("URN").FillAsync("107950");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the school" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chapel Allerton Primary", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Inspected on", new() { Exact = true }).FillAsync("2025-03-14");
        await page.GetByLabel("Grade", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "G – good" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the inspection" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The inspection was recorded.");
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync("1 inspection(s)");

        await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 3 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Categorise" }).ClickAsync();
        await Assertions.Expect(page.GetByText("current", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#entitlement-heading + p")).ToContainTextAsync("of 4 half-days this year");
        await Assertions.Expect(page.Locator("#findings-heading ~ ul")).ToContainTextAsync("VISITS_SHORT_OF_ENTITLEMENT");
        await page.ScreenshotAsync("school");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("Created");
        await page.AssertAccessibleAsync();

        await page.GotoAsync(Url("/Schools?q=Allerton&phase=Primary"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chapel Allerton Primary" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldShowTheSecondEditorTheConflictWithTheirInputKept()
    {
        var school = await api.AddSchoolAsync("Roundhay Primary");
        var first = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        var second = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await first.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));
        await second.SignInAsync(api, await api.CreateUserAsync(Roles.Editor));
        await first.GotoAsync(Url($"/Schools/Details/{school.Id}"));
        await second.GotoAsync(Url($"/Schools/Details/{school.Id}"));

        await first.GetByLabel("Name", new() { Exact = true }).FillAsync("Roundhay School");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save the school" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("The school was saved.");
        await second.GetByLabel("Name", new() { Exact = true }).FillAsync("Roundhay Primary Academy");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save the school" }).ClickAsync();

        await Assertions.Expect(second.Locator("#conflict")).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("after you opened it");
        await Assertions.Expect(second.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Roundhay Primary Academy");
        await Assertions.Expect(second.Locator(".conflict-theirs").First).ToContainTextAsync("Roundhay School");
        await second.AssertAccessibleAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "Save the school" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Roundhay Primary Academy", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ShouldKeepAnLaEditorOutOfAnotherLasSchool()
    {
        var school = await api.AddSchoolAsync("Bradford Moor Primary", "Bradford");
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.LaEditor, "Leeds"));

        await page.GotoAsync(Url($"/Schools/Details/{school.Id}"));

        await Assertions.Expect(page.Locator("#read-only")).ToContainTextAsync("it belongs to Bradford, which is not one of your LAs");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the school" })).ToHaveCountAsync(0);
        var refused = await PostSaveAsync(page, school.Id, school.Version);
        Assert.Equal(403, refused.Status);
        Assert.Contains("belongs to a local authority you are not assigned to", await refused.TextAsync());
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldNotLetAViewerEdit()
    {
        var school = await api.AddSchoolAsync("Viewer Test Primary");
        var page = await chromium.Browser.NewPageAsync();
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Viewer));

        await page.GotoAsync(Url($"/Schools/Details/{school.Id}"));

        await Assertions.Expect(page.Locator("#read-only")).ToContainTextAsync("can read records but not change them");
        await Assertions.Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a school" })).ToHaveCountAsync(0);
        var refused = await PostSaveAsync(page, school.Id, school.Version);
        Assert.Equal(403, refused.Status);
        Assert.Contains("can read records but not change them", await refused.TextAsync());
        await page.AssertAccessibleAsync();
    }

    /// <summary>Posts the school's edit form as a crafted request, with the antiforgery token of the page's sign-out form.</summary>
    static async Task<IAPIResponse> PostSaveAsync(IPage page, int id, int version)
    {
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        form.Set("Input.Version", version.ToString());
        form.Set("Input.Name", "Renamed");
        return await page.Context.APIRequest.PostAsync(new Uri(new Uri(page.Url), $"/Schools/Details/{id}?handler=Save").ToString(), new() { Form = form });
    }
}
