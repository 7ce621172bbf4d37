using Rag.Testing;

namespace Rag.Api.Tests.Data;

public class NodeTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task ShouldFetchAnyRecordAgainByItsId()
    {
        var client = api.CreateClient();
        var letter = (await client.DataAsync("{ fsiLetters(first: 1, order: [{ letterDate: ASC }]) { nodes { id } } }"))["fsiLetters"]!["nodes"]![0]!["id"]!.ToString();
        var region = (await client.DataAsync("{ regions(first: 1) { nodes { id } } }"))["regions"]!["nodes"]![0]!["id"]!.ToString();

        var node = await client.DataAsync($"{{ node(id: \"{letter}\") {{ __typename id ... on FsiLetter {{ printedName }} }} }}");
        var nodes = await client.DataAsync($"{{ nodes(ids: [\"{region}\", \"{letter}\"]) {{ __typename id }} }}");
        var lookup = await client.DataAsync($"{{ fsiLetter(id: \"{letter}\") {{ printedName }} }}");

        Assert.Equal("FsiLetter", (string?)node["node"]!["__typename"]);
        Assert.Equal("Derby City Council", (string?)node["node"]!["printedName"]);
        Assert.Equal(["Region", "FsiLetter"], nodes["nodes"]!.AsArray().Select(n => (string)n!["__typename"]!));
        Assert.Equal("Derby City Council", (string?)lookup["fsiLetter"]!["printedName"]);
    }

    [Fact]
    public async Task ShouldAnswerNullForAMissingRecordAndAnErrorForAMalformedId()
    {
        var missing = Convert.ToBase64String("Region:99999"u8.ToArray());
        var client = api.CreateClient();

        Assert.Null((await client.DataAsync($"{{ node(id: \"{missing}\") {{ id }} }}"))["node"]);
        var malformed = await client.PostAsync("{ node(id: \"!!\") { id } }");
        Assert.Equal(["INVALID_ID"], malformed.Codes());
    }
}
