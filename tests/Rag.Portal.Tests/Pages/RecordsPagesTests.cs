using AngleSharp.Dom;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Persistence.Catalog;
using Rag.Testing;
using static Rag.Portal.Tests.Pages.PortalForms;

namespace Rag.Portal.Tests.Pages;

/// <summary>The generic record pages: one set of pages for every entity in the catalog.</summary>
public class RecordsPagesTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    async Task<T> Db<T>(Func<RagDbContext, Task<T>> read)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RagDbContext>());
    }

    Task<int> LaId(string name) => Db(db => db.LocalAuthorities.Where(l => l.Name == name).Select(l => l.Id).SingleAsync());

    async Task<int> CreateSchoolAsync(HttpClient client, string name, string la = "Leeds")
    {
        const string url = "/Records/School/New";
        var response = await client.SubmitAsync(url, await client.GetDocumentAsync(url),
            Form(("Input.Name", name), ("Input.LocalAuthorityId", (await LaId(la)).ToString()), ("Input.Phase", "Primary")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    [Fact]
    public async Task ShouldListEveryEntityOfTheCatalogByAreaWithItsCount()
    {
        var page = await (await api.CreateClientAsAsync(Roles.Viewer)).GetDocumentAsync("/Records");

        var catalog = api.Services.GetRequiredService<EntityCatalog>();
        foreach (var entity in catalog.Entities) Assert.NotNull(page.QuerySelector($"a[href='/Records/{entity.Name}']"));
        Assert.Equal(["Authorities", "Schools", "SIPs", "Visits", "Standards", "FSI letters", "Grades"], page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("150", page.QuerySelector("a[href='/Records/LocalAuthority']")!.ParentElement!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task ShouldSearchFilterSortAndPageInSqlWithItsStateInTheUrl()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        var yorkshire = await Db(db => db.Regions.Where(r => r.Name.Contains("Yorkshire")).Select(r => r.Id).SingleAsync());

        // Names and curator notes (which mention Yorkshire where the document groups an LA elsewhere) are searched.
        var expected = (await Db(db => db.LocalAuthorities.Select(l => new { l.Name, l.CuratorNote }).ToListAsync()))
            .Where(l => l.Name.Contains("york", StringComparison.OrdinalIgnoreCase) || l.CuratorNote?.Contains("york", StringComparison.OrdinalIgnoreCase) == true)
            .Select(l => l.Name).OrderByDescending(n => n, StringComparer.Ordinal).ToList();
        var searched = await client.GetDocumentAsync("/Records/LocalAuthority?q=YORK&sort=name&desc=true");
        var names = searched.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(expected, names);
        Assert.Contains("North Yorkshire", names);

        var filtered = await client.GetDocumentAsync($"/Records/LocalAuthority?regionId={yorkshire}&size=25&page=1");
        var inRegion = await Db(db => db.LocalAuthorities.CountAsync(l => l.RegionId == yorkshire));
        Assert.StartsWith($"{inRegion} records", filtered.QuerySelector("caption")!.TextContent.Trim());
        Assert.Contains(filtered.QuerySelectorAll("select#filter-regionId option[selected]"), o => o.GetAttribute("value") == yorkshire.ToString());

        var paged = await client.GetDocumentAsync("/Records/LocalAuthority?size=25&page=2&sort=name");
        Assert.Equal("150 records, page 2 of 6", paged.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal(25, paged.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(paged.QuerySelector("a[href='/Records/LocalAuthority?sort=name&page=3&size=25']"));
    }

    [Fact]
    public async Task ShouldDownloadTheFilteredListAsCsv()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);

        var expected = await client.GetDocumentAsync("/Records/LocalAuthority?q=york&sort=name&size=200");
        using var response = await client.GetAsync("/Records/LocalAuthority?q=york&sort=name&handler=Csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("id,name,regionId,region,", lines[0]);
        Assert.Equal(expected.QuerySelectorAll("tbody tr").Length + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains(",East Riding of Yorkshire,") && l.Contains(",North East,"));
    }

    [Fact]
    public async Task ShouldOfferPickerOptionsSearchedInSql()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);

        var leeds = JsonNode.Parse(await client.GetStringAsync("/Records/Options?entity=LocalAuthority&q=leed"))!.AsArray();
        var all = JsonNode.Parse(await client.GetStringAsync("/Records/Options?entity=LocalAuthority"))!.AsArray();

        Assert.Equal("Leeds", (string?)Assert.Single(leeds)!["label"]);
        Assert.Equal(await LaId("Leeds"), (int)leeds[0]!["id"]!);
        Assert.Equal(50, all.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Records/Options?entity=Nothing")).StatusCode);
    }

    [Fact]
    public async Task ShouldCreateAndEditARecordAndShowItsHistory()
    {
        var client = await api.CreateClientAsAsync(Roles.Editor);
        var id = await CreateSchoolAsync(client, "Brudenell Primary");
        var edit = $"/Records/School/{id}/Edit";
        var saved = await client.SubmitAsync(edit, await client.GetDocumentAsync(edit), Form(("Input.Name", "Brudenell Primary School"), ("Input.Urn", "107890")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var details = await client.GetDocumentAsync($"/Records/School/{id}");

        Assert.Contains("Brudenell Primary School", details.QuerySelector("h1")!.TextContent);
        Assert.NotNull(details.QuerySelector($"a[href='/Records/LocalAuthority/{await LaId("Leeds")}']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Records/Inspection?schoolId={id}']"));
        var history = details.QuerySelector("#pane-history")!.TextContent;
        Assert.Contains("Updated", history);
        Assert.Contains("Created", history);
        Assert.Contains("Brudenell Primary School", history);
        Assert.Contains("portal", history);
    }

    [Fact]
    public async Task ShouldShowEachRefusalBesideItsFieldAndInTheSummary()
    {
        var client = await api.CreateClientAsAsync(Roles.Editor);
        const string url = "/Records/School/New";

        var response = await client.SubmitAsync(url, await client.GetDocumentAsync(url), Form(("Input.Name", "  "), ("Input.Urn", "twelve"), ("Input.Phase", "Primary")));
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Name cannot be blank.", page.QuerySelector("#field-name-error")!.TextContent.Trim());
        Assert.Contains("Local authority", page.QuerySelector("#field-localAuthorityId-error")!.TextContent);
        Assert.Equal("URN cannot be \"twelve\".", page.QuerySelector("#field-urn-error")!.TextContent.Trim());
        Assert.Contains("Name cannot be blank.", page.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("twelve", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#field-urn")!.Value);
    }

    [Fact]
    public async Task ShouldKeepMyInputAndShowTheirValuesWhenSomeoneSavedFirst()
    {
        var mine = await api.CreateClientAsAsync(Roles.Editor);
        var theirs = await api.CreateClientAsAsync(Roles.Editor);
        var id = await CreateSchoolAsync(mine, "Conflict Academy");
        var edit = $"/Records/School/{id}/Edit";
        var myForm = await mine.GetDocumentAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.SubmitAsync(edit, await theirs.GetDocumentAsync(edit), Form(("Input.Name", "Their Academy")))).StatusCode);

        var refused = await mine.SubmitAsync(edit, myForm, Form(("Input.Name", "My Academy")));
        var page = await refused.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(page.QuerySelector("#field-name-theirs") is not null, page.DocumentElement.OuterHtml);
        Assert.Equal("My Academy", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#field-name")!.Value);
        Assert.Contains("Their Academy", page.QuerySelector("#field-name-theirs")!.TextContent);
        Assert.Contains("after you opened it", page.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("2", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Version]")!.Value);

        Assert.Equal(HttpStatusCode.Redirect, (await mine.SubmitAsync(edit, page, Form())).StatusCode);
        Assert.Equal("My Academy", await Db(db => db.Schools.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task ShouldExplainWhatDependsOnARecordItCannotDelete()
    {
        var client = await api.CreateClientAsAsync(Roles.Editor);
        var region = await Db(db => db.Regions.Where(r => r.Name.Contains("Yorkshire")).Select(r => r.Id).SingleAsync());
        var url = $"/Records/Region/{region}/Delete";

        var response = await client.SubmitAsync(url, await client.GetDocumentAsync(url), Form());
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot be deleted", page.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Records/LocalAuthority?regionId={region}']"));
        Assert.NotNull(page.QuerySelector($"a[href^='/Records/LocalAuthority/']"));
        Assert.True(await Db(db => db.Regions.AnyAsync(r => r.Id == region)));
    }

    [Fact]
    public async Task ShouldDeleteARecordNothingDependsOn()
    {
        var client = await api.CreateClientAsAsync(Roles.Editor);
        var id = await CreateSchoolAsync(client, "Short-lived School");
        var url = $"/Records/School/{id}/Delete";

        var response = await client.SubmitAsync(url, await client.GetDocumentAsync(url), Form());

        Assert.Equal("/Records/School", response.Headers.Location?.ToString());
        Assert.False(await Db(db => db.Schools.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task ShouldShowTheCoreRefusingAnLaEditorOutsideTheirLas()
    {
        var client = await api.CreateClientAsAsync(Roles.LaEditor, "Leeds");
        const string url = "/Records/School/New";

        var outside = await client.SubmitAsync(url, await client.GetDocumentAsync(url),
            Form(("Input.Name", "Not Mine School"), ("Input.LocalAuthorityId", (await LaId("Bradford")).ToString()), ("Input.Phase", "Primary")));
        var page = await outside.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.Contains("not assigned to", page.QuerySelector(".validation-summary-errors")!.TextContent);
        await CreateSchoolAsync(client, "Mine School", "Leeds");
    }
}
