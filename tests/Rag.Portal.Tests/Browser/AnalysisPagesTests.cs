using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rag.Domain.Fsi;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Visits;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Persistence.Analysis;
using Rag.Portal.Pages.Analysis;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>Each analysis view as a signed-in reader sees it: the figures, a screenshot for the README, and axe-core.</summary>
public class AnalysisPagesTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    async Task<IPage> SignedInPage(int width = 1400)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.SignInAsync(api, await api.CreateUserAsync(Roles.Viewer));
        return page;
    }

    async Task<int> Id(Func<RagDbContext, Task<int>> query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RagDbContext>());
    }

    async Task<IPage> Visit(string path, int width = 1400)
    {
        var page = await SignedInPage(width);
        await page.GotoAsync(new Uri(api.Address, path).ToString());
        return page;
    }

    [Fact]
    public async Task ShouldShowTheMatrixOfAllSeventeenLasWithLettersAndCounts()
    {
        var page = await Visit("/Analysis/Matrix", 2560);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comparison matrix" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("thead th")).ToHaveCountAsync(18);
        // Seed/Data/FsiLetters: 422 findings in 17 letters; fsi-headings.json: 25 headings (an LA column each, plus the heading column).
        await Assertions.Expect(page.Locator("text=422 findings across 17 LAs and 25 headings")).ToBeVisibleAsync();
        await page.Locator("details summary").First.ClickAsync();
        await Assertions.Expect(page.Locator("details[open] li").First).ToContainTextAsync("lines 002:");
        await page.ScreenshotAsync("analysis-matrix");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldFilterTheMatrixFromItsPermalink()
    {
        var salford = await Id(db => db.LocalAuthorities.Where(l => l.Name == "Salford").Select(l => l.Id).SingleAsync());
        var tameside = await Id(db => db.LocalAuthorities.Where(l => l.Name == "Tameside").Select(l => l.Id).SingleAsync());
        var page = await Visit($"/Analysis/Matrix?Filter.La={salford}&Filter.La={tameside}&Filter.Rag=Red");

        await Assertions.Expect(page.Locator("thead th")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "The same in GraphQL" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/graphql\\?query=.*compareLocalAuthorities"));
        await page.ScreenshotAsync("analysis-matrix-filtered");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldChartTheTransitionsWithATableAlternative()
    {
        var page = await Visit("/Analysis/Transitions");

        await Assertions.Expect(page.Locator("canvas[data-chart]")).ToBeVisibleAsync();
        var bristol = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Bristol, City of" }) });
        await Assertions.Expect(bristol).ToContainTextAsync("9 S → G (improved)");
        await Assertions.Expect(bristol).ToContainTextAsync("11 (73%)");
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Small numbers");
        await page.ScreenshotAsync("analysis-transitions");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldProfileAnLaBesideItsRegionAndEngland()
    {
        var bristol = await Id(db => db.LocalAuthorities.Where(l => l.Name == "Bristol, City of").Select(l => l.Id).SingleAsync());
        var page = await Visit($"/Analysis/LaProfile?la={bristol}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bristol, City of");
        await Assertions.Expect(page.Locator("text=15 schools inspected: 10 improved, 4 stayed, 1 declined")).ToBeVisibleAsync();
        await page.ScreenshotAsync("analysis-la-profile");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldProfileAHeadingAcrossLas()
    {
        var heading = await Id(db => db.FsiHeadings.Where(h => h.Name == "LA - use of data").Select(h => h.Id).SingleAsync());
        var page = await Visit($"/Analysis/HeadingProfile?heading={heading}");

        // Seed/Data/FsiLetters: 24 findings under "LA - use of data", from 13 letters.
        await Assertions.Expect(page.Locator("text=24 findings from 13 LAs")).ToBeVisibleAsync();
        await page.ScreenshotAsync("analysis-heading-profile");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldFilterTheHeadingProfileAsTheGraphQLFieldDoes()
    {
        var heading = await Id(db => db.FsiHeadings.Where(h => h.Name == "LA - use of data").Select(h => h.Id).SingleAsync());
        var page = await Visit($"/Analysis/HeadingProfile?Heading={heading}");

        await page.GetByLabel("Rating", new() { Exact = true }).SelectOptionAsync(["Red", "Amber"]);
        await page.GetByLabel("Letters from").FillAsync("2014-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await page.WaitForURLAsync(new Regex($"Heading={heading}&.*Filter.Rag=Red&Filter.Rag=Amber&.*Filter.From=2014-01-01"));
        // Seed/Data/FsiLetters: of the 24 "LA - use of data" findings, four rated red or amber are in letters dated 2014 or
        // later, one each from North East Lincolnshire (A), Staffordshire (R), Tameside (A) and Wolverhampton (R).
        await Assertions.Expect(page.Locator("text=4 findings from 4 LAs")).ToBeVisibleAsync();
        var portalLas = await page.Locator("section h3 a").AllTextContentsAsync();
        using var client = new HttpClient { BaseAddress = api.Address };
        var filter = new FindingFilter { Ratings = [RagRating.Red, RagRating.Amber], LetterFrom = new DateOnly(2014, 1, 1) };
        var field = (await client.DataAsync(AnalysisQueries.HeadingProfile(heading, filter)))["headingProfile"]!;

        Assert.Equal(["North East Lincolnshire", "Staffordshire", "Tameside", "Wolverhampton"], portalLas);
        Assert.Equal(portalLas, field["localAuthorities"]!.AsArray().Select(la => (string)la!["localAuthority"]!));
        Assert.Equal((2, 2, 0), ((int)field["tally"]!["red"]!, (int)field["tally"]!["amber"]!, (int)field["tally"]!["green"]!));
        await page.ScreenshotAsync("analysis-heading-profile-filtered");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldListRecurringWordingWithTheSharedWordsMarked()
    {
        var page = await Visit("/Analysis/RecurringWording?Threshold=0.3");

        await Assertions.Expect(page.Locator("mark").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("analysis-recurring-wording");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldShowSimilarLasWithTheirSharedHeadings()
    {
        var page = await Visit("/Analysis/SimilarLas?Neighbours=2");

        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Bristol, City of" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("analysis-similar-las");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldSearchWithThePhraseMarked()
    {
        var page = await Visit("/Analysis/Search?Q=%22use+of+data%22");

        await Assertions.Expect(page.Locator("mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("use of data", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await page.ScreenshotAsync("analysis-search");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ShouldShowSipVisitsOnEnteredData()
    {
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
            var leeds = await db.LocalAuthorities.SingleAsync(la => la.Name == "Leeds");
            var categories = await db.SchoolCategories.Where(c => c.LocalAuthorityId == leeds.Id).ToDictionaryAsync(c => c.Number);
            var sip = new Sip { Name = "Browser SIP", Sectors = AccreditationSectors.Primary, AccreditedOn = new(2010, 1, 1), Status = AccreditationStatus.Accredited };
            for (var n = 1; n <= 5; n++)
            {
                var school = new School { Name = $"Browser Primary {n}", LocalAuthorityId = leeds.Id, Phase = SchoolPhase.Primary };
                db.AddRange(school, new SchoolCategorisation { School = school, SchoolCategoryId = categories[n].Id, StartsOn = new(2013, 9, 1) },
                    new SipDeployment { Sip = sip, School = school, StartsOn = new(2010 + n, 9, 1) },
                    new Visit { Sip = sip, School = school, VisitedOn = new(2013, 10, n), LengthDays = n * 0.5, Purpose = "Review" });
            }
            await db.SaveChangesAsync();
        }
        var page = await Visit("/Analysis/SipVisits?Day=2014-03-01");

        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Leeds" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("analysis-sip-visits");
        await page.AssertAccessibleAsync();
    }
}
