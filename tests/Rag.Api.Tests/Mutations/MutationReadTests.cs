using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

/// <summary>A mutation does not read back what it has just saved (issue 11, "no double reads"): the payload's
/// record and rule findings come from the save, and a deleted record is not looked for again.</summary>
public class MutationReadTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    const string Letter = "fsiLetter { id printedName version ruleFindings { rule } findings { id } gradesBefore { label } transitionsConnection(first: 5) { totalCount } }";
    readonly Editor editor = new(api);
    readonly HttpClient client = api.CreateEditorClient();

    async Task<string> NewLetterAsync()
    {
        var leeds = await editor.IdOf("{ localAuthorities(where: { name: { eq: \"Leeds\" } }) { nodes { id } } }", "localAuthorities");
        return await editor.Create("FsiLetter", new { localAuthorityId = leeds, printedName = "Leeds City Council", letterDate = "2015-01-15", schoolCount = 4 });
    }

    /// <summary>The statements sent after the first one that starts with <paramref name="verb"/> (the save itself).</summary>
    IReadOnlyList<string> After(string verb)
    {
        var statements = api.Statements.Statements;
        var save = statements.ToList().FindIndex(s => s.TrimStart().StartsWith(verb, StringComparison.OrdinalIgnoreCase));
        Assert.True(save >= 0, $"no {verb} among:\n{string.Join("\n---\n", statements)}");
        return statements.Skip(save + 1).ToList();
    }

    [Fact]
    public async Task ShouldSendNoSelectAfterADelete()
    {
        var letter = await NewLetterAsync();
        api.Statements.Reset();

        var deleted = (await client.DataAsync("mutation($input: DeleteFsiLetterInput!) { deleteFsiLetter(input: $input) { " + Letter +
            " errors { __typename } ruleFindings { rule } } }", new { input = new { id = letter, version = 0 } }))["deleteFsiLetter"]!;

        Assert.Null(deleted["errors"]);
        Assert.Equal(letter, (string?)deleted["fsiLetter"]!["id"]);
        Assert.Empty(deleted["fsiLetter"]!["ruleFindings"]!.AsArray());
        Assert.Empty(deleted["fsiLetter"]!["findings"]!.AsArray());
        Assert.Equal(0, (int)deleted["fsiLetter"]!["transitionsConnection"]!["totalCount"]!);
        var after = After("DELETE");
        Assert.DoesNotContain(after, s => s.Contains("SELECT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ShouldNotReadTheLetterAgainAfterAnUpdate()
    {
        var letter = await NewLetterAsync();
        api.Statements.Reset();

        var updated = (await client.DataAsync("mutation($input: UpdateFsiLetterInput!) { updateFsiLetter(input: $input) { " + Letter +
            " errors { __typename } ruleFindings { rule } } }", new { input = new { id = letter, version = 0, schoolCount = 5 } }))["updateFsiLetter"]!;

        Assert.Null(updated["errors"]);
        // A new letter has neither grades before nor transitions (the rules of 002's reconciliation).
        string[] missing = ["BEFORE_MISSING", "TRANSITIONS_MISSING"];
        Assert.Equal(missing, updated["ruleFindings"]!.AsArray().Select(r => (string)r!["rule"]!));
        Assert.Equal(missing, updated["fsiLetter"]!["ruleFindings"]!.AsArray().Select(r => (string)r!["rule"]!));
        var after = After("UPDATE");
        Assert.DoesNotContain(after, s => s.Contains("FROM \"FsiLetters\"", StringComparison.Ordinal));
        // the rule's grades and transitions, then the payload's findings, grades and transitions (the check's
        // letter, grades and transitions and the record's second check of all three are gone).
        Assert.True(after.Count(s => s.Contains("SELECT", StringComparison.OrdinalIgnoreCase)) <= 5, string.Join("\n---\n", after));
    }
}
