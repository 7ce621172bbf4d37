using System.Text.Json.Nodes;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Api.Tests.Auditing;

/// <summary>The audit trail through GraphQL: each record's <c>history</c>, batched, and the Admin's <c>auditTrail</c>.</summary>
public class HistoryTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    const string Update = "mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { version } errors { __typename } } }";

    async Task<(HttpClient Editor, string Id)> EditARegionTwiceAsync(string region, string note)
    {
        var editor = await api.CreateClientAsAsync(Roles.Editor);
        var found = (await editor.DataAsync("query($name: String) { regions(first: 1, where: { name: { eq: $name } }) { nodes { id version } } }", new { name = region }))["regions"]!["nodes"]![0]!;
        var id = (string)found["id"]!;
        var version = (int)found["version"]!;
        var first = await editor.DataAsync(Update, new { input = new { id, version, curatorNote = note } });
        await editor.DataAsync(Update, new { input = new { id, version = (int)first["updateRegion"]!["region"]!["version"]!, curatorNote = note + " (checked)" } });
        return (editor, id);
    }

    [Fact]
    public async Task ShouldGiveEachRecordItsChangesNewestFirst()
    {
        var (_, id) = await EditARegionTwiceAsync("London 1", "Checked against 003.");

        var history = (await api.CreateClient().DataAsync($"{{ region(id: \"{id}\") {{ history {{ at user face action changes {{ field old new }} }} }} }}"))["region"]!["history"]!.AsArray();

        Assert.Equal(2, history.Count);
        Assert.Equal("UPDATED", (string?)history[0]!["action"]);
        Assert.Equal("graphql", (string?)history[0]!["face"]);
        Assert.StartsWith("editor-", (string?)history[0]!["user"]);
        var change = history[0]!["changes"]!.AsArray().Single(c => (string?)c!["field"] == "curatorNote")!;
        Assert.Equal("Checked against 003.", (string?)change["old"]);
        Assert.Equal("Checked against 003. (checked)", (string?)change["new"]);
    }

    [Fact]
    public async Task ShouldReadTheHistoriesOfAListInOneStatement()
    {
        await EditARegionTwiceAsync("North West", "Batched.");
        var client = api.CreateClient();
        await client.DataAsync("{ regions(first: 1) { nodes { name } } }");
        api.Statements.Reset();

        var regions = (await client.DataAsync("{ regions { nodes { name history { action } } } }"))["regions"]!["nodes"]!.AsArray();

        Assert.Equal(9, regions.Count);
        Assert.Contains(regions, r => r!["history"]!.AsArray().Count >= 2);
        Assert.True(api.Statements.Statements.Count(s => s.Contains("AuditEntries")) == 1, string.Join("\n---\n", api.Statements.Statements));
    }

    [Fact]
    public async Task ShouldLetOnlyAnAdminReadTheTrailAcrossRecordsPageByPage()
    {
        var (editor, _) = await EditARegionTwiceAsync("South West", "Paged.");
        var admin = await api.CreateClientAsAsync(Roles.Admin);
        const string query = "query($after: String) { auditTrail(typeName: \"Region\", first: 1, after: $after) { totalCount hasNextPage endCursor entries { typeName action changes { new } } } }";

        var first = (await admin.DataAsync(query))["auditTrail"]!;
        var second = (await admin.DataAsync(query, new { after = (string)first["endCursor"]! }))["auditTrail"]!;
        var refused = await editor.PostAsync(query);

        Assert.True((int)first["totalCount"]! >= 2);
        Assert.True((bool)first["hasNextPage"]!);
        Assert.Equal("Region", (string?)first["entries"]![0]!["typeName"]);
        Assert.NotEqual(first["entries"]!.ToJsonString(), second["entries"]!.ToJsonString());
        Assert.NotEmpty(refused["errors"]!.AsArray());
        Assert.True(refused["data"] is null || refused["data"]!["auditTrail"] is null);
    }
}
