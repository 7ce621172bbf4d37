using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Pages;

/// <summary>The Sources pages and "How the data was made" show the figures GraphQL gives for the same data, because
/// both read them from the same services (SourceCoverage, ReadingAgreement, SuggestedRagEvaluation).</summary>
public class SourcePagesTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    const string Leeds = "004_c105bcd389ca7b9e.txt";

    static string Figure(IElement scope, string name) => scope.QuerySelector($"[data-figure='{name}']")!.TextContent.Trim();
    static string Percent(JsonNode? share, int decimals) => ((double)share!).ToString("P" + decimals, CultureInfo.CurrentCulture);
    static string Kappa(JsonNode? kappa) => kappa is null ? "undefined" : ((double)kappa).ToString("0.000", CultureInfo.CurrentCulture);

    [Fact]
    public async Task ShouldListEachDocumentsCoverageAsGraphQLGivesIt()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        var page = await client.GetDocumentAsync("/Sources");
        var graphql = (await client.DataAsync("{ sourceDocuments { document citedLines citedShare citingRecords uncurated { reason } } }"))["sourceDocuments"]!.AsArray();

        Assert.Equal(5, graphql.Count);
        foreach (var document in graphql)
        {
            var row = page.QuerySelector($"tr[data-document='{(string)document!["document"]!}']")!;
            Assert.Equal(((int)document["citedLines"]!).ToString("N0"), Figure(row, "citedLines"));
            Assert.Equal(Percent(document["citedShare"], 1), Figure(row, "citedShare"));
            Assert.Equal(document["uncurated"]!.AsArray().Count.ToString(), Figure(row, "uncurated"));
            Assert.Equal(((int)document["citingRecords"]!).ToString("N0"), Figure(row, "citingRecords"));
        }
        // README and CoverageTests: 002 has 3526 of its 3570 non-blank lines cited; Coverage/002.uncurated.json lists 6 ranges.
        var letters = page.QuerySelector("tr[data-document='002_108093f72920003a.txt']")!;
        Assert.Equal(3526.ToString("N0"), Figure(letters, "citedLines"));
        Assert.Equal("6", Figure(letters, "uncurated"));
    }

    [Fact]
    public async Task ShouldListTheRecordsCitingALineAsGraphQLDoes()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        var page = await client.GetDocumentAsync("/Sources/004?line=644");
        var graphql = (await client.DataAsync("query($d: String!) { citations(document: $d, line: 644) { entityType label } }", new { d = Leeds }))["citations"]!.AsArray();

        var listed = page.QuerySelectorAll("#citing-records li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(graphql.Select(c => (string)c!["label"]!), listed);
        // docs/coverage-additions.md: line 644 holds category 5's 17 visit passages and its expectation.
        Assert.True(graphql.Count(c => (string)c!["entityType"]! == "VisitEntitlement") >= 17);
        Assert.Contains(page.QuerySelectorAll("#citing-records a"), a => a.GetAttribute("href")!.StartsWith("/Records/VisitEntitlement/"));
        Assert.Contains("line-cited", page.QuerySelector("#L644")!.ClassList);
        Assert.Contains("line-selected", page.QuerySelector("#L644")!.ClassList);
        Assert.Contains("at least 12", page.QuerySelector("#L644 .line-text")!.TextContent);
    }

    [Fact]
    public async Task ShouldMarkALineLeftOutWithItsReason()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        var page = await client.GetDocumentAsync("/Sources/004");

        // Coverage/004.uncurated.json: lines 5-39 are "title page, list of contents and foreword heading".
        Assert.Contains("line-uncurated", page.QuerySelector("#L5")!.ClassList);
        Assert.Contains("title page, list of contents and foreword heading", page.QuerySelector("#L5 .line-state")!.TextContent);
        Assert.Contains("line-uncurated", page.QuerySelector("#L39")!.ClassList);
        // 004 has 644 lines (Coverage/004.uncurated.json; the last has no line break), under one section of 700: shown whole.
        Assert.Equal(644, page.QuerySelectorAll("tr[id^='L']").Length);
    }

    [Fact]
    public async Task ShouldShowALongDocumentASectionAtATimeHoldingTheChosenLine()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        var page = await client.GetDocumentAsync("/Sources/002?line=1845");

        // 002 has 4089 lines: shown 700 at a time, so line 1845 is in the third section, lines 1401-2100.
        Assert.NotNull(page.QuerySelector("#L1401"));
        Assert.NotNull(page.QuerySelector("#L2100"));
        Assert.Null(page.QuerySelector("#L1400"));
        Assert.Null(page.QuerySelector("#L2101"));
        // 1845-1851 is Norfolk's "Known weaknesses and barriers to progress were not tackled soon enough" (docs/second-reading.md).
        Assert.Contains(page.QuerySelectorAll("#citing-records a"), a => a.TextContent.Contains("Known weaknesses and barriers"));
    }

    [Fact]
    public async Task ShouldLinkARecordsSourceLinesToTheDocumentPage()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        var page = await client.GetDocumentAsync("/Sources/004?line=644");
        var record = page.QuerySelectorAll("#citing-records a").First(a => a.GetAttribute("href")!.StartsWith("/Records/VisitEntitlement/"));
        var details = await client.GetDocumentAsync(record.GetAttribute("href")!);

        Assert.Equal("/Sources/004?line=644#L644", details.QuerySelector("a.source-lines")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ShouldShowTheReadingAgreementAsGraphQLGivesIt()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        var page = await client.GetDocumentAsync("/Sources/HowDataWasMade");
        var data = await client.DataAsync("""
            { readingAgreement {
                overall { boundaryAgreement headingKappa localAuthorityKappa ragKappa }
                letters { slug figures { boundaryAgreement headingKappa ragKappa } }
                resolution { resolvedFindings headingChanged localAuthorityChanged ragChanged removedFindings addedFindings
                             headingDisagreementsUncertain headingUncertain attributionUncertain } }
              suggestedRagEvaluation { accuracy commonestShare ratings { rating precision recall } } }
            """);
        var agreement = data["readingAgreement"]!;
        var overall = page.QuerySelector("#agreement-overall")!;

        Assert.Equal(Percent(agreement["overall"]!["boundaryAgreement"], 1), Figure(overall, "boundaryAgreement"));
        foreach (var kappa in new[] { "headingKappa", "localAuthorityKappa", "ragKappa" })
            Assert.Equal(Kappa(agreement["overall"]![kappa]), Figure(overall, kappa));
        foreach (var letter in agreement["letters"]!.AsArray())
        {
            var row = page.QuerySelector($"#agreement-letters tr[data-letter='{(string)letter!["slug"]!}']")!;
            Assert.Equal(Percent(letter["figures"]!["boundaryAgreement"], 0), Figure(row, "boundaryAgreement"));
            Assert.Equal(Kappa(letter["figures"]!["headingKappa"]), Figure(row, "headingKappa"));
            Assert.Equal(Kappa(letter["figures"]!["ragKappa"]), Figure(row, "ragKappa"));
        }
        var resolution = page.QuerySelector("#resolution-figures")!;
        foreach (var (name, value) in agreement["resolution"]!.AsObject())
            Assert.Equal(((int)value!).ToString(), Figure(resolution, name));
        var suggested = data["suggestedRagEvaluation"]!;
        Assert.Equal(Percent(suggested["accuracy"], 1), Figure(page.DocumentElement, "accuracy"));
        foreach (var rating in suggested["ratings"]!.AsArray())
        {
            var row = page.QuerySelectorAll("#suggested-ratings tr[data-rating]").Single(r => r.GetAttribute("data-rating")!.ToUpperInvariant() == (string)rating!["rating"]!);
            Assert.Equal(Percent(rating!["precision"], 1), Figure(row, "precision"));
            Assert.Equal(Percent(rating["recall"], 1), Figure(row, "recall"));
        }
        // docs/second-reading.md and docs/rag-rubric.md: heading κ 0.837, RAG κ 0.852, 2 headings and 2 LAs changed, 38 ratings; accuracy 70.4%.
        Assert.Equal("0.837", Figure(overall, "headingKappa"));
        Assert.Equal("0.852", Figure(overall, "ragKappa"));
        Assert.Equal("2", Figure(resolution, "headingChanged"));
        Assert.Equal("38", Figure(resolution, "ragChanged"));
        Assert.Equal(0.704.ToString("P1"), Figure(page.DocumentElement, "accuracy"));
    }
}
