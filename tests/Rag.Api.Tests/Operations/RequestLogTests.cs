using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

public class RequestLogTests(LoggedApi api) : IClassFixture<LoggedApi>
{
    const string Category = "Rag.Api.Http.RequestLogging";

    [Fact]
    public async Task ShouldLogOneLinePerRequestWithTheOperationAndItsDuration()
    {
        var path = "/graphql?probe=" + Guid.NewGuid().ToString("N");
        using var response = await api.CreateEditorClient().PostAsJsonAsync(path,
            new { query = "query LettersByDate($n: Int) { fsiLetters(first: $n) { totalCount } }", variables = new { n = 2 } });
        response.EnsureSuccessStatusCode();

        var line = Assert.Single(api.Logs.Entries, e => e.Category == Category && Equals(e.Values.GetValueOrDefault("OperationName"), "LettersByDate"));
        Assert.StartsWith("POST /graphql 200 in ", line.Message);
        Assert.Equal("query", line.Values["OperationType"]);
        Assert.Equal(200, line.Values["StatusCode"]);
        Assert.Equal("tester", line.Values["Caller"]);
        Assert.IsType<double>(line.Values["DurationMs"]);
        Assert.DoesNotContain("probe", line.Message); // nor the query string, where GET carries query and variables
    }

    [Fact]
    public async Task ShouldNeverLogAnApiKeyOrAQueryVariable()
    {
        const string secretVariable = "variable-value-that-must-not-be-logged";
        const string wrongKey = "wrong-key-that-must-not-be-logged";
        var query = "query Find($name: String) { regions(where: { name: { eq: $name } }) { totalCount } }";

        await api.CreateEditorClient().PostAsync(query, new { name = secretVariable });
        var stranger = api.CreateClient();
        stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", wrongKey);
        await stranger.PostAsync(query, new { name = secretVariable });
        stranger.DefaultRequestHeaders.Authorization = null;
        stranger.DefaultRequestHeaders.Add("X-Api-Key", wrongKey);
        await stranger.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ regions { totalCount } }") + "&variables=" + secretVariable);

        var everything = string.Join("\n", api.Logs.Entries.Select(e => e.Message + string.Join(",", e.Values.Values)));
        Assert.Contains("Find", everything); // the requests were logged...
        Assert.DoesNotContain(RagApiFactory.EditorKey, everything); // ...without the keys or the variables
        Assert.DoesNotContain(wrongKey, everything);
        Assert.DoesNotContain(secretVariable, everything);
    }
}
