using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Rules;
using Rag.Testing;

namespace Rag.Api.Tests.Data;

/// <summary>A letter's <c>ruleFindings</c> read from what the request loads anyway (issue 11, "no double reads"):
/// the check re-read the letters, their grade counts and their transitions; now it reads nothing of its own.</summary>
public class RuleFindingReadTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    const string Query = "{ fsiLetters { nodes { id gradesBefore { label } transitions { label } ruleFindings { rule source } } } }";

    [Fact]
    public async Task ShouldCheckLettersFromTheGradesAndTransitionsTheQueryAlreadyReads()
    {
        var client = api.CreateClient();
        await client.DataAsync("{ regions(first: 1) { nodes { name } } }");
        api.Statements.Reset();

        var letters = (await client.DataAsync(Query))["fsiLetters"]!["nodes"]!.AsArray();

        // letters, their grade counts, their transitions: 3. The check by ids read all three again (6 in all).
        Assert.True(api.Statements.Count == 3, $"{api.Statements.Count} statements:\n{string.Join("\n---\n", api.Statements.Statements)}");
        Assert.Equal(17, letters.Count); // the 17 letters of 002 (src/Persistence/Seed/Data), as BatchingTests count them
        Assert.Equal(10, letters.Sum(l => l!["ruleFindings"]!.AsArray().Count));
    }

    [Fact]
    public async Task ShouldFindWhatTheCheckByIdsFinds()
    {
        var letters = (await api.CreateClient().DataAsync(Query))["fsiLetters"]!["nodes"]!.AsArray();
        var ids = letters.Select(l => (int)GlobalId.DecodeFor("FsiLetter", (string)l!["id"]!)!).ToList();

        await using var scope = api.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetServices<IRecordCheck>().Single(c => c.Entity == typeof(FsiLetter));
        var expected = await check.CheckAsync(scope.ServiceProvider.GetRequiredService<RagDbContext>(), ids,
            DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);

        foreach (var (letter, id) in letters.Zip(ids))
            Assert.Equal(expected.GetValueOrDefault(id, []).Select(f => (f.Rule, (string?)f.Source)),
                letter!["ruleFindings"]!.AsArray().Select(f => ((string)f!["rule"]!, (string?)f["source"])));
    }

    [Fact]
    public async Task ShouldStillCheckALetterWhoseCollectionsAreNotSelected()
    {
        var client = api.CreateClient();
        await client.DataAsync("{ regions(first: 1) { nodes { name } } }");
        api.Statements.Reset();

        var letters = (await client.DataAsync("{ fsiLetters { nodes { ruleFindings { rule } } } }"))["fsiLetters"]!["nodes"]!.AsArray();

        Assert.Equal(10, letters.Sum(l => l!["ruleFindings"]!.AsArray().Count));
        Assert.True(api.Statements.Count == 3, $"{api.Statements.Count} statements"); // was 4: letters, then the check's three
    }
}
