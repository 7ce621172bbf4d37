using AngleSharp.Html.Parser;
using Rag.Testing;

namespace Rag.Portal.Tests.Pages;

public class HomePageTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task ShouldSayWhatTheRecordHolds()
    {
        var html = await (await api.CreateClientAsAsync(Rag.Persistence.Accounts.Roles.Viewer)).GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("Rag", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("17 FSI letters, 422 findings, 150 local authorities", document.Body!.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/graphql']"));
    }
}
