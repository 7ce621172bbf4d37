using System.Net.Http.Headers;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

public class ApiKeyTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    const string Mutation = """mutation { createRegion(input: { name: "Key test" }) { errors { __typename } } }""";

    [Theory]
    [InlineData(RagApiFactory.EditorKey + "x")]      // longer
    [InlineData("test-editor-ke")]                   // a prefix
    [InlineData("test-editor-kez")]                  // same length, last character wrong
    [InlineData("TEST-EDITOR-KEY")]                  // case matters
    public async Task ShouldRefuseAKeyThatIsNearlyRight(string key)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var answer = await client.PostAsync(Mutation);

        Assert.Contains("AUTH_NOT_AUTHENTICATED", answer.Codes());
    }

    [Fact]
    public async Task ShouldAcceptTheExactKeyInEitherHeader()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", RagApiFactory.EditorKey);

        var answer = await client.PostAsync("""mutation { deleteRegion(input: { id: "UmVnaW9uOjk5OTk5", version: 1 }) { errors { __typename } } }""");

        Assert.Empty(answer.Codes());
    }
}
