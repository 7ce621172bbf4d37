using Rag.Persistence.Accounts;
using Rag.Testing;
using static Rag.Portal.Tests.Pages.PortalForms;

namespace Rag.Portal.Tests.Pages;

/// <summary>The school and SIP lists: found by name whatever its case, sorted by a column either way, and
/// downloaded as CSV with the same filters and order.</summary>
public class SchoolListTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task ShouldFindSortAndDownloadSchools()
    {
        await api.AddSchoolAsync("Zetland Listing Primary");
        await api.AddSchoolAsync("Abbey Listing Primary", "Bradford");
        await api.AddSchoolAsync("Middle Listing 100% Primary");
        await api.AddSchoolAsync("Unrelated Primary");
        var client = await api.CreateClientAsAsync(Roles.Viewer);

        static IEnumerable<string> Names(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("tbody tr td:first-child").Select(c => c.TextContent.Trim());

        Assert.Equal(["Abbey Listing Primary", "Middle Listing 100% Primary", "Zetland Listing Primary"], Names(await client.GetDocumentAsync("/Schools?q=LISTING")));
        Assert.Equal(["Zetland Listing Primary", "Middle Listing 100% Primary", "Abbey Listing Primary"], Names(await client.GetDocumentAsync("/Schools?q=listing&sort=-name")));
        Assert.Equal("Bradford", (await client.GetDocumentAsync("/Schools?q=listing&sort=la")).QuerySelector("tbody tr td:nth-child(3)")!.TextContent);
        // % is a letter to search for, not a wildcard.
        Assert.Equal(["Middle Listing 100% Primary"], Names(await client.GetDocumentAsync("/Schools?q=100%25")));

        var sorted = await client.GetDocumentAsync("/Schools?q=listing&sort=-name");
        Assert.Equal("descending", sorted.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Contains("sort=name", sorted.QuerySelectorAll("th a").First().GetAttribute("href"));

        var download = await client.GetAsync(sorted.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var lines = (await download.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("Id,Name,Urn,LocalAuthority,Phase,Category", lines[0]);
        Assert.Equal(["Zetland Listing Primary", "Middle Listing 100% Primary", "Abbey Listing Primary"], lines.Skip(1).Select(l => l.Split(',')[1]));
    }

    [Fact]
    public async Task ShouldFindSortAndDownloadSips()
    {
        await api.AddSipAsync("B. Register", accreditedOn: new DateOnly(2009, 1, 5));
        await api.AddSipAsync("a. register", accreditedOn: new DateOnly(2007, 3, 1));
        var client = await api.CreateClientAsAsync(Roles.Viewer);

        var page = await client.GetDocumentAsync("/Sips?q=REGISTER&sort=-accredited");

        Assert.Equal(["B. Register", "a. register"], page.QuerySelectorAll("tbody tr td:first-child").Select(c => c.TextContent.Trim()));
        var download = await client.GetAsync(page.QuerySelector("a[download]")!.GetAttribute("href"));
        var lines = (await download.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("Id,Name,Sectors,Status,AccreditedOn,Schools,LapsesOn", lines[0]);
        Assert.Equal(["B. Register", "a. register"], lines.Skip(1).Select(l => l.Split(',')[1]));
    }
}
