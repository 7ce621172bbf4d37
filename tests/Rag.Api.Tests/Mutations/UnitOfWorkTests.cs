using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

/// <summary>Each mutation of a request succeeds or fails alone, as HotChocolate's mutation convention promises:
/// a refused change is never saved by a later mutation of the same request, nor does it block that mutation.</summary>
public abstract class UnitOfWorkTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    readonly Editor editor = new(api);

    async Task<JsonNode> Record(string query, string field) => (await api.CreateClient().DataAsync(query))[field]!["nodes"]![0]!;

    [Fact]
    public async Task ShouldNotSaveARefusedUpdateWhenALaterMutationSaves()
    {
        var la = await Record("{ localAuthorities(where: { name: { eq: \"Barnsley\" } }) { nodes { id version curatorNote } } }", "localAuthorities");
        var region = await Record("{ regions(where: { name: { eq: \"London 1\" } }) { nodes { id version } } }", "regions");

        var answer = await api.CreateEditorClient().DataAsync(
            "mutation($la: ID!, $laVersion: Int!, $region: ID!, $regionVersion: Int!) {" +
            " a: updateLocalAuthority(input: { id: $la, version: $laVersion, curatorNote: \"x\", regionId: \"garbage\" }) { errors { __typename } }" +
            " b: updateRegion(input: { id: $region, version: $regionVersion, curatorNote: \"checked\" }) { region { version } errors { __typename } } }",
            new { la = (string)la["id"]!, laVersion = (int)la["version"]!, region = (string)region["id"]!, regionVersion = (int)region["version"]! });

        Assert.Equal("ValidationError", (string?)answer["a"]!["errors"]![0]!["__typename"]);
        Assert.Null(answer["b"]!["errors"]);
        var after = await Record("{ localAuthorities(where: { name: { eq: \"Barnsley\" } }) { nodes { id version curatorNote } } }", "localAuthorities");
        Assert.Equal((int)la["version"]!, (int)after["version"]!);
        Assert.Equal((string?)la["curatorNote"], (string?)after["curatorNote"]);
    }

    [Fact]
    public async Task ShouldLetALaterMutationSaveAfterARefusedDelete()
    {
        var region = await Record("{ regions(where: { name: { eq: \"South West\" } }) { nodes { id version } } }", "regions");
        var variables = new { id = (string)region["id"]!, version = (int)region["version"]! };

        var answer = await api.CreateEditorClient().DataAsync(
            "mutation($id: ID!, $version: Int!) {" +
            " a: deleteRegion(input: { id: $id, version: $version }) { errors { __typename } }" +
            " b: updateRegion(input: { id: $id, version: $version, curatorNote: \"still here\" }) { region { curatorNote } errors { __typename } } }", variables);

        Assert.Equal("StillReferencedError", (string?)answer["a"]!["errors"]![0]!["__typename"]);
        Assert.Null(answer["b"]!["errors"]);
        Assert.Equal("still here", (string?)answer["b"]!["region"]!["curatorNote"]);
    }

    [Fact]
    public async Task ShouldAuditEachSavedChangeWithItsOldAndNewValues()
    {
        var school = await editor.Create("School", new { name = "Audit Primary", localAuthorityId = (string)(await Record("{ localAuthorities(where: { name: { eq: \"Leeds\" } }) { nodes { id } } }", "localAuthorities"))["id"]!, phase = "PRIMARY" });
        await editor.Run("update", "School", new { id = school, version = 0, name = "Audit Academy" });

        var trail = await api.Database.WithContextAsync(async db =>
            db.AuditEntries.Where(e => e.Entity == "School").OrderBy(e => e.Id).ToList());

        Assert.Equal(["Created", "Updated"], trail.TakeLast(2).Select(e => e.Action.ToString()));
        var rename = Assert.Single(trail[^1].Changes);
        Assert.Equal(("name", "Audit Primary", "Audit Academy"), (rename.Field, rename.Old, rename.New));
        Assert.Equal(("tester", "graphql"), (trail[^1].User, trail[^1].Face));
    }
}

public sealed class SqliteUnitOfWorkTests(SqliteApi api) : UnitOfWorkTests<SqliteApi>(api);

public sealed class PostgresUnitOfWorkTests(PostgresApi api) : UnitOfWorkTests<PostgresApi>(api);
