using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Data;

/// <summary>Each <c>where</c> operator against the seeded record, translated to SQL on each provider.</summary>
public abstract class FilteringTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    async Task<int> Count(string field, string where) =>
        (int)(await api.CreateClient().DataAsync($"{{ {field}(where: {where}) {{ totalCount }} }}"))[field]!["totalCount"]!;

    async Task<string[]> Names(string where, string field = "localAuthorities", string name = "name") =>
        (await api.CreateClient().DataAsync($"{{ {field}(where: {where}, first: 500, order: [{{ {name}: ASC }}]) {{ nodes {{ {name} }} }} }}"))
            [field]!["nodes"]!.AsArray().Select(n => (string)n![name]!).ToArray();

    [Fact]
    public async Task ShouldFilterTextByEveryOperator()
    {
        Assert.Equal(["Leeds"], await Names("{ name: { eq: \"Leeds\" } }"));
        Assert.Equal(149, await Count("localAuthorities", "{ name: { neq: \"Leeds\" } }"));
        Assert.Equal(["Derby", "Leeds"], await Names("{ name: { in: [\"Leeds\", \"Derby\", \"Atlantis\"] } }"));
        Assert.Equal(148, await Count("localAuthorities", "{ name: { nin: [\"Leeds\", \"Derby\"] } }"));

        var shire = await Names("{ name: { contains: \"shire\" } }");
        Assert.All(shire, n => Assert.Contains("shire", n));
        Assert.Equal(150 - shire.Length, await Count("localAuthorities", "{ name: { ncontains: \"shire\" } }"));

        var north = await Names("{ name: { startsWith: \"North\" } }");
        Assert.Contains("Northumberland", north);
        Assert.All(north, n => Assert.StartsWith("North", n));
        Assert.Equal(150 - north.Length, await Count("localAuthorities", "{ name: { nstartsWith: \"North\" } }"));

        var ending = await Names("{ name: { endsWith: \"ham\" } }");
        Assert.Contains("Nottingham", ending);
        Assert.All(ending, n => Assert.EndsWith("ham", n));
        Assert.Equal(150 - ending.Length, await Count("localAuthorities", "{ name: { nendsWith: \"ham\" } }"));
    }

    [Theory]
    [InlineData("gt: 17", 3)]
    [InlineData("gte: 17", 6)]
    [InlineData("lt: 10", 3)]
    [InlineData("lte: 10", 5)]
    [InlineData("ngt: 17", 14)]
    [InlineData("ngte: 17", 11)]
    [InlineData("nlt: 10", 14)]
    [InlineData("nlte: 10", 12)]
    [InlineData("eq: 17", 3)]
    [InlineData("neq: 17", 14)]
    [InlineData("in: [6, 7]", 3)]
    [InlineData("nin: [6, 7]", 14)]
    [InlineData("eq: null", 0)]
    [InlineData("neq: null", 17)]
    public async Task ShouldFilterNumbersByEveryOperator(string operation, int letters) =>
        Assert.Equal(letters, await Count("fsiLetters", $"{{ schoolCount: {{ {operation} }} }}"));

    [Fact]
    public async Task ShouldFilterDates()
    {
        Assert.Equal(8, await Count("fsiLetters", "{ letterDate: { gte: \"2014-01-01\" } }"));
        Assert.Equal(9, await Count("fsiLetters", "{ letterDate: { lt: \"2014-01-01\" } }"));
        Assert.Equal(1, await Count("fsiLetters", "{ letterDate: { eq: \"2013-02-19\" } }"));
    }

    [Fact]
    public async Task ShouldFilterEnumsAndFlags()
    {
        var red = await Count("fsiFindings", "{ rag: { eq: RED } }");
        var amber = await Count("fsiFindings", "{ rag: { eq: AMBER } }");
        var green = await Count("fsiFindings", "{ rag: { eq: GREEN } }");

        Assert.True(red > 0 && amber > 0 && green > 0);
        Assert.Equal(red + amber + green, await Count("fsiFindings", "{ }"));
        Assert.Equal(red + amber, await Count("fsiFindings", "{ rag: { in: [RED, AMBER] } }"));
        Assert.Equal(green, await Count("fsiFindings", "{ rag: { nin: [RED, AMBER] } }"));
        Assert.Equal(amber + green, await Count("fsiFindings", "{ rag: { neq: RED } }"));
        var uncertain = await Count("fsiFindings", "{ headingUncertain: { eq: true } }");
        Assert.Equal(red + amber + green - uncertain, await Count("fsiFindings", "{ headingUncertain: { neq: true } }"));
    }

    [Fact]
    public async Task ShouldFilterByGlobalIds()
    {
        var ids = (await api.CreateClient().DataAsync("{ regions(first: 2) { nodes { id } } }"))["regions"]!["nodes"]!.AsArray()
            .Select(n => (string)n!["id"]!).ToArray();

        Assert.Equal(1, await Count("regions", $"{{ id: {{ eq: \"{ids[0]}\" }} }}"));
        Assert.Equal(2, await Count("regions", $"{{ id: {{ in: [\"{ids[0]}\", \"{ids[1]}\"] }} }}"));
        Assert.Equal(8, await Count("regions", $"{{ id: {{ neq: \"{ids[0]}\" }} }}"));
    }

    [Fact]
    public async Task ShouldCombineWithAndAndOr()
    {
        Assert.Equal(["Derby", "Leeds"], await Names("{ or: [{ name: { eq: \"Leeds\" } }, { name: { eq: \"Derby\" } }] }"));
        Assert.Equal(["Leeds"], await Names("{ and: [{ name: { startsWith: \"L\" } }, { name: { endsWith: \"ds\" } }] }"));
        Assert.Equal(["Leeds"], await Names("{ name: { or: [{ eq: \"Leeds\" }, { eq: \"Nowhere\" }] } }"));
    }

    [Fact]
    public async Task ShouldFilterThroughReferences() =>
        Assert.Equal(["Bristol City Council", "North Somerset Council"],
            await Names("{ localAuthority: { region: { name: { eq: \"South West\" } } } }", "fsiLetters", "printedName"));

    [Fact]
    public async Task ShouldFilterAndReadThroughAOneToOne()
    {
        Assert.Equal(["Leeds"], await Names("{ warningNoticeProcedure: { workingDaysToComply: { eq: 15 } } }"));
        var leeds = await api.CreateClient().DataAsync(
            "{ localAuthorities(where: { name: { eq: \"Leeds\" } }) { nodes { warningNoticeProcedure { workingDaysToAppeal } } } }");
        Assert.Equal(15, (int)leeds["localAuthorities"]!["nodes"]![0]!["warningNoticeProcedure"]!["workingDaysToAppeal"]!);
    }

    [Fact]
    public async Task ShouldFilterListsWithSomeAllNoneAndAny()
    {
        Assert.Equal(17, await Count("localAuthorities", "{ fsiLetters: { any: true } }"));
        Assert.Equal(133, await Count("localAuthorities", "{ fsiLetters: { any: false } }"));
        Assert.Equal(["Yorkshire and Humberside"], await Names("{ localAuthorities: { some: { name: { eq: \"Leeds\" } } } }", "regions"));
        Assert.Equal(9, await Count("regions", "{ localAuthorities: { all: { name: { neq: \"Atlantis\" } } } }"));
        var withLetters = await Count("regions", "{ localAuthorities: { some: { fsiLetters: { any: true } } } }");
        Assert.Equal(9 - withLetters, await Count("regions", "{ localAuthorities: { none: { fsiLetters: { any: true } } } }"));
    }

    [Fact]
    public async Task ShouldFilterNestedCollections()
    {
        var data = await api.CreateClient().DataAsync("""
            { fsiLetters(where: { printedName: { eq: "Cumbria County Council" } }) { nodes { findings(where: { rag: { eq: RED } }) { rag } } } }
            """);
        var findings = data["fsiLetters"]!["nodes"]![0]!["findings"]!.AsArray();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("RED", (string?)f!["rag"]));
    }

    [Fact]
    public async Task ShouldReportAnIdOfTheWrongType()
    {
        var answer = await api.CreateClient().PostAsync("{ regions(where: { id: { eq: \"bm90LWFuLWlk\" } }) { totalCount } }");
        Assert.Contains("is not the ID of a Region", (string?)answer["errors"]![0]!["message"]);
    }
}

public sealed class SqliteFilteringTests(SqliteApi api) : FilteringTests<SqliteApi>(api);

public sealed class PostgresFilteringTests(PostgresApi api) : FilteringTests<PostgresApi>(api);
