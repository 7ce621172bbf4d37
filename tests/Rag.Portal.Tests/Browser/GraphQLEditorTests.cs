using Microsoft.Playwright;
using Rag.Testing;

namespace Rag.Portal.Tests.Browser;

/// <summary>The GraphQL editor at /graphql, as a researcher meets it in a browser.</summary>
public class GraphQLEditorTests(BrowsableApi api, Chromium chromium) : IClassFixture<BrowsableApi>, IClassFixture<Chromium>
{
    [Fact]
    public async Task ShouldRunTheExampleQueryAgainstTheSeededData()
    {
        var page = await chromium.Browser.NewPageAsync();
        var offSite = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(api.Address.ToString().TrimEnd('/'))) offSite.Add(request.Url); };
        var refusedByPolicy = new List<string>(); // the Content-Security-Policy must let the editor work, not just load
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) refusedByPolicy.Add(message.Text); };

        await page.GotoAsync(new Uri(api.Address, "/graphql").ToString());
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("Derby City Council", new() { Timeout = 20_000 });
        await Assertions.Expect(result).ToContainTextAsync("\"totalCount\": 17");
        Assert.Empty(offSite);
        Assert.Empty(refusedByPolicy);
    }
}
