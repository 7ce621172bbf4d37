using Rag.Testing;

namespace Rag.Api.Tests.Data;

/// <summary>No N+1: nested fields load through batches, so statements grow with the query's depth, not its rows.
/// (References join into their records' statement: see <see cref="ProjectionTests{TApi}"/>.)</summary>
public class BatchingTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    /// <summary>Runs a query on a warmed-up host, counting only that query's statements.</summary>
    async Task<System.Text.Json.Nodes.JsonNode> CountedAsync(string query)
    {
        var client = api.CreateClient();
        await client.DataAsync("{ regions(first: 1) { nodes { name } } }");
        api.Statements.Reset();
        return await client.DataAsync(query);
    }

    [Fact]
    public async Task ShouldBatchCollectionsByForeignKey()
    {
        var data = await CountedAsync("{ regions { nodes { localAuthorities { fsiLetters { findings { text } } } } } }");

        Assert.Equal(422, data["regions"]!["nodes"]!.AsArray()
            .SelectMany(r => r!["localAuthorities"]!.AsArray()).SelectMany(la => la!["fsiLetters"]!.AsArray())
            .Sum(l => l!["findings"]!.AsArray().Count));
        Assert.True(api.Statements.Count <= 4, $"{api.Statements.Count} statements");
    }

    [Fact]
    public async Task ShouldCheckTheRulesOfAWholeLevelTogether()
    {
        var data = await CountedAsync("{ fsiLetters { nodes { ruleFindings { rule } } } }");

        Assert.Equal(10, data["fsiLetters"]!["nodes"]!.AsArray().Sum(l => l!["ruleFindings"]!.AsArray().Count));
        // the letters, then one check of all 17 (the letters with their grades and transitions, split in three).
        Assert.True(api.Statements.Count <= 4, $"{api.Statements.Count} statements");
    }
}
