using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;
using Rag.Testing;

namespace Rag.Api.Tests.Data;

/// <summary>Projections, as HotChocolate's <c>UseProjection</c>: a statement selects only the columns the query asks
/// for, references are joined into their records' statement, and what comes back is the same as a whole read.</summary>
public abstract class ProjectionTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    async Task<JsonNode> CountedAsync(string query)
    {
        var client = api.CreateClient();
        await client.DataAsync("{ regions(first: 1) { nodes { name } } }");
        api.Statements.Reset();
        return await client.DataAsync(query);
    }

    string Sql => string.Join("\n---\n", api.Statements.Statements);

    async Task<T> ReadAsync<T>(Func<RagDbContext, Task<T>> query)
    {
        using var scope = api.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<RagDbContext>());
    }

    [Fact]
    public async Task ShouldSelectOnlyTheRequestedColumns()
    {
        var data = await CountedAsync("{ fsiFindings(first: 20, order: [{ id: ASC }]) { nodes { text } } }");

        Assert.Equal(20, data["fsiFindings"]!["nodes"]!.AsArray().Count);
        var statement = Assert.Single(api.Statements.Statements);
        Assert.Contains("\"Text\"", statement);
        foreach (var column in new[] { "Rag", "Order", "CuratorNote", "SourceLines", "CreatedBy", "Version", "FsiLetterId", "FsiHeadingId" })
            Assert.DoesNotContain($"\"{column}\"", statement);
    }

    [Fact]
    public async Task ShouldReadAThreeLevelQueryInOneStatementWithTheSameValuesAsAWholeRead()
    {
        var data = await CountedAsync("""
            { fsiFindings(first: 500, order: [{ id: ASC }]) { nodes { text rag
                heading { name group { name } }
                letter { printedName letterDate localAuthority { name region { name } } } } } }
            """);

        // findings, headings, groups, letters, LAs and regions: joined into the findings' statement.
        Assert.True(api.Statements.Count == 1, $"{api.Statements.Count} statements:\n{Sql}");
        Assert.DoesNotContain("\"CuratorNote\"", Sql);
        var expected = await ReadAsync(db => db.FsiFindings.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new[] { f.Text, f.Heading!.Name, f.Heading.Group!.Name, f.Letter!.PrintedName,
                f.Letter.LocalAuthority!.Name, f.Letter.LocalAuthority.Region!.Name }).ToListAsync());
        var actual = data["fsiFindings"]!["nodes"]!.AsArray().Select(f => string.Join("|", (string)f!["text"]!,
            (string)f["heading"]!["name"]!, (string)f["heading"]!["group"]!["name"]!, (string?)f["letter"]!["printedName"],
            (string)f["letter"]!["localAuthority"]!["name"]!, (string)f["letter"]!["localAuthority"]!["region"]!["name"]!)).ToList();
        Assert.Equal(expected.Select(v => string.Join("|", v)), actual);
    }

    [Fact]
    public async Task ShouldJoinAnOptionalReferenceAndGiveNullWhereThereIsNone()
    {
        var data = await CountedAsync("{ localAuthorities(first: 200, order: [{ id: ASC }]) { nodes { name rolloutWave { number } } } }");

        Assert.Equal(1, api.Statements.Count);
        var expected = await ReadAsync(db => db.LocalAuthorities.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => a.RolloutWave == null ? (int?)null : a.RolloutWave.Number).ToListAsync());
        var actual = data["localAuthorities"]!["nodes"]!.AsArray().Select(a => (int?)a!["rolloutWave"]?["number"]).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(actual, n => n is null);
        Assert.Contains(actual, n => n is not null);
    }

    [Fact]
    public async Task ShouldReadTheFieldsOfFragmentsAndOfMergedSelections()
    {
        var data = await CountedAsync("""
            { fsiFindings(first: 30, order: [{ id: ASC }]) { nodes { text ...Rated } nodes { order letter { ... on FsiLetter { printedName } } } } }
            fragment Rated on FsiFinding { rag }
            """);

        var expected = await ReadAsync(db => db.FsiFindings.AsNoTracking().OrderBy(f => f.Id).Take(30)
            .Select(f => new { f.Text, f.Rag, f.Order, f.Letter!.PrintedName }).ToListAsync());
        Assert.Equal(expected.Select(f => (f.Text, f.Rag?.ToString().ToUpperInvariant(), f.Order, f.PrintedName)),
            data["fsiFindings"]!["nodes"]!.AsArray().Select(n => ((string)n!["text"]!, (string?)n["rag"], (int)n["order"]!, (string)n["letter"]!["printedName"]!)));
    }

    [Fact]
    public async Task ShouldReadTheWholeRecordForAFieldThatDoesNotSayWhatItReads()
    {
        // ruleFindings runs rules that may read any column, so the letter is read whole for it.
        var data = await CountedAsync("{ fsiLetters(first: 3, order: [{ id: ASC }]) { nodes { printedName ruleFindings { rule } } } }");

        Assert.Equal(3, data["fsiLetters"]!["nodes"]!.AsArray().Count);
        Assert.Contains("\"CuratorNote\"", api.Statements.Statements[0]);
    }

    [Fact]
    public async Task ShouldProjectOffsetPagesCollectionsAndLookupsById()
    {
        var page = await CountedAsync("{ fsiLettersSegment(skip: 2, take: 5, order: [{ id: ASC }]) { totalCount items { id printedName } } }");
        Assert.DoesNotContain("\"CuratorNote\"", Sql);
        Assert.Equal(5, page["fsiLettersSegment"]!["items"]!.AsArray().Count);
        Assert.Equal(17, (int)page["fsiLettersSegment"]!["totalCount"]!);
        var graded = await api.CreateClient().DataAsync("{ fsiGradeCounts(first: 1, where: { gradeCode: { code: { neq: \"none\" } } }) { nodes { letter { id } } } }");
        var id = (string)graded["fsiGradeCounts"]!["nodes"]![0]!["letter"]!["id"]!;

        var lookup = await CountedAsync($$"""{ fsiLetter(id: "{{id}}") { letterDate gradesBefore { label gradeCode { code } } } }""");
        Assert.True(api.Statements.Count == 2, $"{api.Statements.Count} statements:\n{Sql}"); // the letter; its grades with their codes
        Assert.DoesNotContain("\"PrintedName\"", api.Statements.Statements[0]);
        Assert.NotEmpty(lookup["fsiLetter"]!["gradesBefore"]!.AsArray());
        Assert.Contains(lookup["fsiLetter"]!["gradesBefore"]!.AsArray(), g => g!["gradeCode"] is not null);
    }
}

public sealed class SqliteProjectionTests(SqliteApi api) : ProjectionTests<SqliteApi>(api);

public sealed class PostgresProjectionTests(PostgresApi api) : ProjectionTests<PostgresApi>(api);
