using System.Text;
using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Data;

/// <summary>Odd but valid input gets the right answer, or a clear error, the same on both databases.</summary>
public abstract class OddInputTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    static string Cursor(string offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(offset));

    async Task<JsonNode> LetterPage(string after) =>
        await api.CreateClient().PostAsync("query($after: String) { fsiLetters(first: 5, after: $after) { nodes { printedName } pageInfo { startCursor } } }",
            new { after });

    async Task<JsonNode> LaNames(string operation, string value) =>
        await api.CreateClient().PostAsync($"query($v: String) {{ localAuthorities(first: 500, where: {{ name: {{ {operation}: $v }} }}) {{ nodes {{ name }} }} }}",
            new { v = value });

    static string[] Names(JsonNode answer) =>
        answer["data"]!["localAuthorities"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!).ToArray();

    [Fact]
    public async Task ShouldAnswerAnOrOfAsManyConditionsAsAllowed()
    {
        var or = Enumerable.Range(0, 249).Select(i => (object)new { name = new { neq = $"Nowhere {i}", eq = "Leeds" } })
            .Append(new { name = new { eq = "Leeds" } });
        var answer = await api.CreateClient().PostAsync("query($or: [LocalAuthorityFilterInput!]) { localAuthorities(where: { or: $or }) { totalCount } }",
            new { or });

        Assert.Equal(["FILTER_LIMIT"], answer.Codes());
        var allowed = await api.CreateClient().DataAsync("query($or: [LocalAuthorityFilterInput!]) { localAuthorities(where: { or: $or }) { totalCount } }",
            new { or = or.Skip(125) });
        Assert.Equal(1, (int)allowed["localAuthorities"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999999")]
    public async Task ShouldAnswerAnEmptyPageForACursorPastTheLastRecord(string offset)
    {
        var answer = await LetterPage(Cursor(offset));

        Assert.Null(answer["errors"]);
        Assert.Empty(answer["data"]!["fsiLetters"]!["nodes"]!.AsArray());
        Assert.Null(answer["data"]!["fsiLetters"]!["pageInfo"]!["startCursor"]);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("LTE=")] // "-1"
    [InlineData("MWUz")] // "1e3"
    [InlineData("")]
    public async Task ShouldRefuseAMalformedCursorWithACode(string cursor) =>
        Assert.Equal(["PAGINATION_INVALID_CURSOR"], (await LetterPage(cursor)).Codes());

    [Theory]
    [InlineData("contains")]
    [InlineData("startsWith")]
    [InlineData("endsWith")]
    public async Task ShouldNotOfferTextOperationsOnIds(string operation)
    {
        var answer = await api.CreateClient().PostAsync($"{{ regions(where: {{ id: {{ {operation}: \"UmVn\" }} }}) {{ totalCount }} }}");

        Assert.Null(answer["data"]);
        Assert.DoesNotContain("MISSING_METHOD", answer.ToJsonString());
        Assert.Contains(operation, (string?)answer["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("endsWith")]
    [InlineData("startsWith")]
    [InlineData("contains")]
    [InlineData("eq")]
    public async Task ShouldRefuseANulCharacterInATextFilter(string operation)
    {
        var answer = await LaNames(operation, "\0");

        Assert.Equal(["FILTER_INVALID_TEXT"], answer.Codes());
        Assert.Null(answer["data"]!["localAuthorities"]);
    }

    [Theory]
    [InlineData("startsWith", "north", "North")]
    [InlineData("contains", "LEEDS", "Leeds")]
    [InlineData("endsWith", "HAM", "ham")]
    [InlineData("eq", "leeds", "Leeds")]
    public async Task ShouldMatchTextCaseSensitivelyWithEveryOperator(string operation, string wrongCase, string rightCase)
    {
        Assert.Empty(Names(await LaNames(operation, wrongCase)));
        Assert.NotEmpty(Names(await LaNames(operation, rightCase)));
    }

    [Theory]
    [InlineData("startsWith", "_")]
    [InlineData("startsWith", "%")]
    [InlineData("startsWith", "L_eds")]
    [InlineData("contains", "%")]
    [InlineData("contains", "e_d")]
    [InlineData("endsWith", "%")]
    [InlineData("endsWith", "_s")]
    public async Task ShouldTakePercentAndUnderscoreLiterally(string operation, string value) =>
        Assert.Empty(Names(await LaNames(operation, value)));

    [Theory]
    [InlineData("startsWith")]
    [InlineData("contains")]
    [InlineData("endsWith")]
    public async Task ShouldRefuseAHugeTextFilterWithACode(string operation) =>
        Assert.Equal(["FILTER_TEXT_LIMIT"], (await LaNames(operation, new string('a', 250_000))).Codes());
}

public sealed class SqliteOddInputTests(SqliteApi api) : OddInputTests<SqliteApi>(api);

public sealed class PostgresOddInputTests(PostgresApi api) : OddInputTests<PostgresApi>(api);
