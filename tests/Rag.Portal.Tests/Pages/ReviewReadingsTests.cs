using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Pages;

/// <summary>The review queue shows a finding's second reading beside the first, the decision recorded where they
/// disagreed, and the rating the wording suggests, marked as a suggestion.</summary>
public class ReviewReadingsTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Theory]
    [InlineData("heading", 0)]
    [InlineData("la", 0)]
    [InlineData("heading", 20)]
    public async Task ShouldShowTheOtherReadingAndTheDecisionBesideTheFinding(string flag, int at)
    {
        var client = await api.CreateClientAsAsync(Roles.Editor);
        var page = await client.GetDocumentAsync($"/Review?flag={flag}&at={at}");
        var link = page.QuerySelector("a[href^='/Letters/Details/']")!.GetAttribute("href")!;
        var id = int.Parse(link[(link.IndexOf("#finding-", StringComparison.Ordinal) + "#finding-".Length)..]);
        FsiFinding finding;
        await using (var scope = api.Services.CreateAsyncScope())
            finding = await scope.ServiceProvider.GetRequiredService<RagDbContext>().FsiFindings.AsNoTracking().SingleAsync(f => f.Id == id);

        var rows = page.QuerySelectorAll("#readings tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(finding.SecondReadingHeading ?? "—", rows["Heading"]);
        Assert.Equal(finding.SecondReadingLocalAuthority ?? "—", rows["LA"]);
        Assert.Equal(finding.SecondReadingRag?.ToString() ?? "—", rows["Rating"]);
        Assert.Contains(finding.ResolutionNote ?? "the two readings agreed", page.QuerySelector("#readings")!.TextContent);
        var suggestion = page.QuerySelector("#suggested-rating")!.TextContent;
        Assert.Contains("suggested until confirmed", suggestion);
        Assert.Contains(RagSuggestion.From(finding.Text).Rating.ToString(), suggestion);
    }
}
