using Rag.Testing;

namespace Rag.Api.Tests.Data;

public abstract class SortingTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    async Task<string[]> Letters(string order, string field = "letterDate") =>
        (await api.CreateClient().DataAsync($"{{ fsiLetters(order: {order}) {{ nodes {{ {field} }} }} }}"))
            ["fsiLetters"]!["nodes"]!.AsArray().Select(n => (string)n![field]!).ToArray();

    [Fact]
    public async Task ShouldSortAscendingAndDescending()
    {
        var ascending = await Letters("[{ letterDate: ASC }]");
        var descending = await Letters("[{ letterDate: DESC }]");

        Assert.Equal("2013-02-19", ascending[0]);
        Assert.Equal("2014-09-16", descending[0]);
        Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);
        Assert.Equal(ascending.Reverse(), descending);
    }

    [Fact]
    public async Task ShouldSortByANestedFieldThenTheNext()
    {
        var data = await api.CreateClient().DataAsync(
            "{ localAuthorities(first: 500, order: [{ region: { name: ASC } }, { name: DESC }]) { nodes { name region { name } } } }");
        var rows = data["localAuthorities"]!["nodes"]!.AsArray().Select(n => ((string)n!["region"]!["name"]!, (string)n["name"]!)).ToList();

        var expected = rows.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenByDescending(r => r.Item2, StringComparer.Ordinal).ToList();
        Assert.Equal(150, rows.Count);
        Assert.Equal(expected.Select(r => r.Item1), rows.Select(r => r.Item1));
        Assert.Equal("East and East Midlands", rows[0].Item1);
    }

    [Fact]
    public async Task ShouldSortNestedCollections()
    {
        var data = await api.CreateClient().DataAsync(
            "{ regions(where: { name: { eq: \"London 1\" } }) { nodes { localAuthorities(order: [{ name: DESC }]) { name } } } }");
        var names = data["regions"]!["nodes"]![0]!["localAuthorities"]!.AsArray().Select(n => (string)n!["name"]!).ToList();

        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal), names);
    }
}

public sealed class SqliteSortingTests(SqliteApi api) : SortingTests<SqliteApi>(api);

public sealed class PostgresSortingTests(PostgresApi api) : SortingTests<PostgresApi>(api);
