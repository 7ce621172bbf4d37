using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Limits;

/// <summary>A cheap request cannot become an expensive one: introspection counts, nested lists count at their real
/// size, and the answer has a cap.</summary>
public class CostLimitTests(SqliteApi api, StrictCostApi strict) : IClassFixture<SqliteApi>, IClassFixture<StrictCostApi>
{
    [Fact]
    public async Task ShouldCountIntrospectionInTheDepthLimit()
    {
        var nested = "name";
        for (var i = 0; i < 8; i++) nested = $"fields {{ type {{ {nested} }} }}";
        var answer = await api.CreateClient().PostAsync($"{{ __type(name: \"Query\") {{ {nested} }} }}");

        Assert.Equal(["DEPTH_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldCountIntrospectionInTheComplexityLimit()
    {
        var answer = await strict.CreateClient().PostAsync(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }");

        Assert.Contains("complexity", (string?)answer["errors"]![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldRefuseAFragmentBombWithoutExpandingIt()
    {
        var fragments = string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Region {{ name {(i < 29 ? $"...F{i + 1} ...F{i + 1}" : "")} }} "));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var answer = await api.CreateClient().PostAsync("{ regions { nodes { ...F0 } } } " + fragments);

        Assert.Equal(["FIELD_LIMIT"], answer.Codes());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task ShouldAnswerGraphiQLsOwnIntrospectionQuery()
    {
        var answer = await api.CreateClient().PostAsync(GraphiQLIntrospection.Query);

        Assert.True(answer["errors"] is null, answer["errors"]?.ToJsonString());
        Assert.Equal("Query", (string?)answer["data"]!["__schema"]!["queryType"]!["name"]);
    }

    [Fact]
    public async Task ShouldCountNestedListsAtTheirRealSize()
    {
        var answer = await strict.CreateClient().PostAsync(
            "{ fsiLetters { nodes { findings { letter { findings { letter { findings { text } } } } } } } }");

        Assert.Contains("complexity", (string?)answer["errors"]![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A host with the complexity limit these tests were written for (the default grew with the schema).</summary>
public sealed class StrictCostApi() : RagApiFactory(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Rag:Api:Limits:MaxComplexity"] = "500000",
    };
}

/// <summary>A host whose answers may be at most 20 KB.</summary>
public sealed class SmallResponseApi() : RagApiFactory(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Rag:Api:Limits:MaxResponseBytes"] = "20000",
    };
}

public class ResponseLimitTests(SmallResponseApi api) : IClassFixture<SmallResponseApi>
{
    [Fact]
    public async Task ShouldReplaceAnAnswerOverTheCapWithAClearError()
    {
        using var response = await api.CreateClient().PostAsync("/graphql", new StringContent(
            new JsonObject { ["query"] = "{ fsiFindings(first: 500) { nodes { text } } }" }.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Length < 20_000);
        Assert.Equal(["RESPONSE_LIMIT"], JsonNode.Parse(body)!.Codes());
    }

    [Fact]
    public async Task ShouldAnswerWithinTheCapAsUsual() =>
        Assert.Equal(9, (int)(await api.CreateClient().DataAsync("{ regions { totalCount } }"))["regions"]!["totalCount"]!);
}
