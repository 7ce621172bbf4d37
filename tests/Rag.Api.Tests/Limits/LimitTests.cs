using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Limits;

/// <summary>A host with tight limits, so each can be crossed by a small request.</summary>
public sealed class TightLimitsApi() : RagApiFactory(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Rag:Api:Limits:MaxDepth"] = "5",
        ["Rag:Api:Limits:MaxComplexity"] = "5000",
        ["Rag:Api:Limits:MaxAliases"] = "3",
        ["Rag:Api:Limits:MaxTokens"] = "300",
        ["Rag:Api:Limits:MaxRequestBytes"] = "3000",
    };
}

public class LimitTests(TightLimitsApi api) : IClassFixture<TightLimitsApi>
{
    async Task<(HttpStatusCode Status, JsonNode Answer)> Send(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await api.CreateClient().SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task ShouldAnswerAQueryWithinEveryLimit()
    {
        var (status, answer) = await Send("{ regions(first: 2) { nodes { name } } }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(answer["errors"]);
    }

    [Fact]
    public async Task ShouldRefuseAQueryTooDeep()
    {
        var (status, answer) = await Send("{ fsiFindings(first: 1) { nodes { letter { localAuthority { region { localAuthorities { name } } } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["DEPTH_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldRefuseAQueryTooComplexForItsListSizes()
    {
        var (status, answer) = await Send("{ fsiFindings(first: 500) { nodes { text letter { findings { text } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complexity", (string?)answer["errors"]![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldRefuseTooManyAliases()
    {
        var (status, answer) = await Send("{ a: regions(first: 1) { totalCount } b: regions(first: 1) { totalCount } c: regions(first: 1) { totalCount } d: regions(first: 1) { totalCount } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["ALIAS_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldRefuseTooManyTokens()
    {
        var (status, answer) = await Send("{ regions(first: 1) { " + string.Concat(Enumerable.Repeat("name ", 400)) + "} }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["TOKEN_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldRefuseABodyTooLarge()
    {
        var (status, answer) = await Send("{ regions(first: 1) { name } } # " + new string('x', 4000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than", (string?)answer["errors"]![0]!["message"]);
    }
}

/// <summary>A host whose execution timeout no real query can meet.</summary>
public sealed class InstantTimeoutApi() : RagApiFactory(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Rag:Api:Limits:ExecutionTimeout"] = "00:00:00.000001",
    };
}

public class TimeoutTests(InstantTimeoutApi api) : IClassFixture<InstantTimeoutApi>
{
    [Fact]
    public async Task ShouldStopAQueryThatRunsPastTheTimeoutWithAClearError()
    {
        var answer = await api.CreateClient().PostAsync("{ fsiFindings(first: 500) { nodes { text letter { localAuthority { region { name } } } } } }");

        var message = (string?)answer["errors"]![0]!["message"];
        Assert.Contains("time", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", message);
    }
}
