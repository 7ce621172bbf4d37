using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Data;

/// <summary>Nested collections page as connections (<c>findingsConnection</c> beside <c>findings</c>): each parent
/// gets its own page, cursors and count, and the level's parents share its statements.</summary>
public class NestedPagingTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    static string Letters(int letters, string paging) => $$"""
        { fsiLetters(first: {{letters}}, order: [{ id: ASC }]) { nodes { printedName
            findings(order: [{ order: ASC }]) { order }
            findingsConnection({{paging}}, order: [{ order: ASC }]) {
              totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { order } edges { cursor } } } } }
        """;

    static IEnumerable<(JsonNode Page, int[] All)> Pages(JsonNode data) =>
        data["fsiLetters"]!["nodes"]!.AsArray().Select(letter => (letter!["findingsConnection"]!,
            letter["findings"]!.AsArray().Select(f => (int)f!["order"]!).ToArray()));

    static int[] Orders(JsonNode page) => page["nodes"]!.AsArray().Select(n => (int)n!["order"]!).ToArray();

    [Fact]
    public async Task ShouldGiveEachLetterItsOwnFirstPageAndCount()
    {
        var data = await api.CreateClient().DataAsync(Letters(17, "first: 5"));

        Assert.Equal(17, data["fsiLetters"]!["nodes"]!.AsArray().Count); // the 17 letters of Seed/Data/FsiLetters
        foreach (var (page, all) in Pages(data))
        {
            Assert.Equal(all.Length, (int)page["totalCount"]!);
            Assert.Equal(all.Take(5), Orders(page));
            Assert.Equal(all.Length > 5, (bool)page["pageInfo"]!["hasNextPage"]!);
            Assert.False((bool)page["pageInfo"]!["hasPreviousPage"]!);
            Assert.Equal("NA==", (string?)page["pageInfo"]!["endCursor"]); // offset 4, as the root connections write it
        }
    }

    [Fact]
    public async Task ShouldPageOnAfterTheCursorAndBackWithLast()
    {
        var after = await api.CreateClient().DataAsync(Letters(17, "first: 5, after: \"NA==\""));
        var last = await api.CreateClient().DataAsync(Letters(17, "last: 2"));

        foreach (var (page, all) in Pages(after))
        {
            Assert.Equal(all.Skip(5).Take(5), Orders(page));
            Assert.True((bool)page["pageInfo"]!["hasPreviousPage"]!);
            Assert.Equal(all.Length > 10, (bool)page["pageInfo"]!["hasNextPage"]!);
        }
        foreach (var (page, all) in Pages(last))
        {
            Assert.Equal(all.TakeLast(2), Orders(page));
            Assert.True((bool)page["pageInfo"]!["hasPreviousPage"]!);
            Assert.Equal(ConnectionCursor(all.Length - 1), (string?)page["pageInfo"]!["endCursor"]);
        }
    }

    [Fact]
    public async Task ShouldUseTheSameStatementsForTwoLettersAsForSeventeen()
    {
        var client = api.CreateClient();
        await client.DataAsync(Letters(1, "first: 3"));

        api.Statements.Reset();
        await client.DataAsync(Letters(2, "first: 3"));
        var two = api.Statements.Count;
        api.Statements.Reset();
        await client.DataAsync(Letters(17, "first: 3"));
        var seventeen = api.Statements.Count;

        // letters, then one statement for the level's findings (the list and the connection share the filter and order)
        Assert.Equal(two, seventeen);
        Assert.True(seventeen <= 2, $"{seventeen} statements:\n{string.Join("\n---\n", api.Statements.Statements)}");
    }

    [Fact]
    public async Task ShouldRefuseAPageLargerThanTheMaximum()
    {
        var answer = await api.CreateClient().PostAsync("{ fsiLetters(first: 1) { nodes { findingsConnection(first: 100000) { totalCount } } } }");

        Assert.Contains("PAGINATION_MAX_ITEMS", answer.Codes());
    }

    static string ConnectionCursor(int offset) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(offset.ToString()));
}
