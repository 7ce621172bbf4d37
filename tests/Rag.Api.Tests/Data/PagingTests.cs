using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Data;

public abstract class PagingTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    const string Order = "order: [{ letterDate: ASC }]";

    async Task<JsonNode> Page(string arguments) =>
        (await api.CreateClient().DataAsync(
            $"{{ fsiLetters({Order}, {arguments}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ printedName }} }} nodes {{ printedName }} }} }}"))["fsiLetters"]!;

    static string[] Names(JsonNode page) => page["nodes"]!.AsArray().Select(n => (string)n!["printedName"]!).ToArray();

    async Task<string[]> All() => Names(await Page("first: 50"));

    [Fact]
    public async Task ShouldPageForwardWithFirstAndAfter()
    {
        var pages = new List<string>();
        var page = await Page("first: 5");
        Assert.False((bool)page["pageInfo"]!["hasPreviousPage"]!);
        while (true)
        {
            pages.AddRange(Names(page));
            Assert.Equal(17, (int)page["totalCount"]!);
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            page = await Page($"first: 5, after: \"{page["pageInfo"]!["endCursor"]}\"");
            Assert.True((bool)page["pageInfo"]!["hasPreviousPage"]!);
        }
        Assert.Equal(await All(), pages);
    }

    [Fact]
    public async Task ShouldPageBackwardWithLastAndBefore()
    {
        var pages = new List<string[]>();
        var page = await Page("last: 5");
        Assert.False((bool)page["pageInfo"]!["hasNextPage"]!);
        while (true)
        {
            pages.Insert(0, Names(page));
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!) break;
            page = await Page($"last: 5, before: \"{page["pageInfo"]!["startCursor"]}\"");
            Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        }
        Assert.Equal(await All(), pages.SelectMany(p => p));
        Assert.Equal([5, 5, 5, 2], pages.Select(p => p.Length).Reverse());
    }

    [Fact]
    public async Task ShouldGiveEachEdgeTheCursorToPageFrom()
    {
        var page = await Page("first: 3");
        var second = (string)page["edges"]![1]!["cursor"]!;

        var after = await Page($"first: 1, after: \"{second}\"");
        Assert.Equal(Names(page)[2], Names(after)[0]);
        Assert.Equal(Names(page), page["edges"]!.AsArray().Select(e => (string)e!["node"]!["printedName"]!));
    }

    [Fact]
    public async Task ShouldReturnTheDefaultPageWhenNoSizeIsGiven()
    {
        var data = await api.CreateClient().DataAsync("{ localAuthorities { totalCount pageInfo { hasNextPage } nodes { name } } }");

        Assert.Equal(50, data["localAuthorities"]!["nodes"]!.AsArray().Count);
        Assert.True((bool)data["localAuthorities"]!["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(150, (int)data["localAuthorities"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("first: 501", "PAGINATION_MAX_ITEMS")]
    [InlineData("last: 501", "PAGINATION_MAX_ITEMS")]
    [InlineData("first: -1", "PAGINATION_INVALID")]
    [InlineData("first: 1, last: 1", "PAGINATION_INVALID")]
    [InlineData("after: \"%%%\"", "PAGINATION_INVALID_CURSOR")]
    public async Task ShouldRefuseAPageItCannotServe(string arguments, string code)
    {
        var answer = await api.CreateClient().PostAsync($"{{ localAuthorities({arguments}) {{ nodes {{ name }} }} }}");

        Assert.Equal([code], answer.Codes());
        Assert.Null(answer["data"]!["localAuthorities"]);
    }
}

public sealed class SqlitePagingTests(SqliteApi api) : PagingTests<SqliteApi>(api);

public sealed class PostgresPagingTests(PostgresApi api) : PagingTests<PostgresApi>(api);
