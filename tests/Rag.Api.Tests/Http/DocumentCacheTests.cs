using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Caching;
using Rag.Testing;

namespace Rag.Api.Tests.Http;

/// <summary>A document served from the cache still meets every rule that depends on the caller, the method or
/// the variables; only the spec's own rules are skipped once the document has passed them. Each test sends its
/// document twice or more, so the second request finds it cached.</summary>
public class DocumentCacheTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    // Distinct texts per test (the comment), so one test's cache entry never stands in for another's first request.
    static string DeleteRegion(string test) => $"mutation {{ deleteRegion(input: {{ id: \"x\", version: 0 }}) {{ errors {{ __typename }} }} }} # {test}";

    DocumentCache Cache => api.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task ShouldCacheADocumentOnceItPassesValidationAndAnswerAlikeFromTheCache()
    {
        const string query = "{ localAuthorities(where: { name: { eq: \"Leeds\" } }) { totalCount nodes { name } } }";
        var first = await api.CreateClient().DataAsync(query);
        var second = await api.CreateClient().DataAsync(query);

        Assert.True(Cache.Find(query)?.PassedSpecRules);
        Assert.Equal("Leeds", (string?)second["localAuthorities"]!["nodes"]![0]!["name"]);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task ShouldNotMarkADocumentThatFailsValidationAsPassed()
    {
        const string query = "{ regions { noSuchField } }";
        var first = await api.CreateClient().PostAsync(query);
        var second = await api.CreateClient().PostAsync(query);

        Assert.NotEmpty(first.Codes());
        Assert.Equal(first.Codes(), second.Codes());
        Assert.False(Cache.Find(query)?.PassedSpecRules);
    }

    [Fact]
    public async Task ShouldRefuseAnAnonymousMutationAfterAnEditorsIdenticalOneWasCached()
    {
        var mutation = DeleteRegion(nameof(ShouldRefuseAnAnonymousMutationAfterAnEditorsIdenticalOneWasCached));
        var editors = await api.CreateEditorClient().PostAsync(mutation);
        Assert.Equal("ValidationError", (string?)editors["data"]!["deleteRegion"]!["errors"]![0]!["__typename"]);
        Assert.True(Cache.Find(mutation)?.PassedSpecRules);

        var anonymous = await api.CreateClient().PostAsync(mutation);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.Codes());
        Assert.Null(anonymous["data"]);
    }

    [Fact]
    public async Task ShouldRefuseAMutationByGetAfterTheIdenticalPostWasCached()
    {
        var mutation = DeleteRegion(nameof(ShouldRefuseAMutationByGetAfterTheIdenticalPostWasCached));
        await api.CreateEditorClient().PostAsync(mutation);
        Assert.True(Cache.Find(mutation)?.PassedSpecRules);

        using var response = await api.CreateEditorClient().GetAsync($"/graphql?query={Uri.EscapeDataString(mutation)}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ShouldMeasureEachRequestsVariablesOnACachedDocument()
    {
        const string query = "query($names: [String]) { localAuthorities(where: { name: { in: $names } }) { totalCount } }";
        var small = await api.CreateClient().DataAsync(query, new { names = new[] { "Leeds", "Derby" } });
        Assert.True(Cache.Find(query)?.PassedSpecRules);

        // LimitOptions.MaxInputListItems is 1,000 by default.
        var large = await api.CreateClient().PostAsync(query, new { names = Enumerable.Range(0, 1_001).Select(i => $"LA {i}").ToArray() });
        var other = await api.CreateClient().DataAsync(query, new { names = new[] { "Leeds" } });

        Assert.Equal(2, (int)small["localAuthorities"]!["totalCount"]!);
        Assert.Equal(["INPUT_LIST_LIMIT"], large.Codes());
        Assert.Equal(1, (int)other["localAuthorities"]!["totalCount"]!);
    }

    [Fact]
    public async Task ShouldStillRefuseAVariableOfTheWrongTypeOnACachedDocument()
    {
        const string query = "query($n: Int!) { regions(first: $n) { nodes { name } } }";
        await api.CreateClient().DataAsync(query, new { n = 2 });

        var wrong = await api.CreateClient().PostAsync(query, new { n = "two" });

        Assert.Equal(["5.8"], wrong.Codes()); // GraphQL.NET numbers a variable of the wrong type by the spec's section, "Values of Correct Type"
        Assert.Null(wrong["data"]);
    }
}
