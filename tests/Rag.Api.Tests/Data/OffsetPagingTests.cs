using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Data;

public abstract class OffsetPagingTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    const string Order = "order: [{ letterDate: ASC }]";

    async Task<JsonNode> Segment(string arguments) =>
        (await api.CreateClient().DataAsync(
            $"{{ fsiLettersSegment({Order}, {arguments}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage }} items {{ printedName }} }} }}"))["fsiLettersSegment"]!;

    static string[] Names(JsonNode segment) => segment["items"]!.AsArray().Select(n => (string)n!["printedName"]!).ToArray();

    async Task<string[]> All() =>
        (await api.CreateClient().DataAsync($"{{ fsiLetters({Order}, first: 50) {{ nodes {{ printedName }} }} }}"))["fsiLetters"]!["nodes"]!
        .AsArray().Select(n => (string)n!["printedName"]!).ToArray();

    [Fact]
    public async Task ShouldPageBySkipAndTakeInTheConnectionsOrder()
    {
        var all = await All();
        var pages = new List<string[]>();
        for (var skip = 0; ; skip += 5)
        {
            var segment = await Segment($"skip: {skip}, take: 5");
            pages.Add(Names(segment));
            Assert.Equal(17, (int)segment["totalCount"]!);
            Assert.Equal(skip > 0, (bool)segment["pageInfo"]!["hasPreviousPage"]!);
            if (!(bool)segment["pageInfo"]!["hasNextPage"]!) break;
        }
        Assert.Equal([5, 5, 5, 2], pages.Select(p => p.Length));
        Assert.Equal(all, pages.SelectMany(p => p));
    }

    [Fact]
    public async Task ShouldFilterBeforePaging()
    {
        var segment = await Segment("where: { letterDate: { gte: \"2014-01-01\" } }, skip: 1, take: 2");
        var matching = (await api.CreateClient().DataAsync(
                $"{{ fsiLetters({Order}, where: {{ letterDate: {{ gte: \"2014-01-01\" }} }}, first: 50) {{ totalCount nodes {{ printedName }} }} }}"))["fsiLetters"]!;
        Assert.Equal((int)matching["totalCount"]!, (int)segment["totalCount"]!);
        Assert.Equal(matching["nodes"]!.AsArray().Skip(1).Take(2).Select(n => (string)n!["printedName"]!), Names(segment));
    }

    [Fact]
    public async Task ShouldTakeTheDefaultPageAndRefuseNegativeOrOversizedPages()
    {
        Assert.Equal(17, Names(await Segment("skip: 0")).Length);
        Assert.Empty(Names(await Segment("skip: 100, take: 5")));
        var client = api.CreateClient();
        Assert.Contains("PAGINATION_INVALID", (await client.PostAsync($"{{ fsiLettersSegment(skip: -1) {{ totalCount }} }}")).Codes());
        Assert.Contains("PAGINATION_MAX_ITEMS", (await client.PostAsync($"{{ fsiLettersSegment(take: 100000) {{ totalCount }} }}")).Codes());
    }
}

public sealed class SqliteOffsetPagingTests(SqliteApi api) : OffsetPagingTests<SqliteApi>(api);

public sealed class PostgresOffsetPagingTests(PostgresApi api) : OffsetPagingTests<PostgresApi>(api);
