using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Seed;
using Rag.Testing;

namespace Rag.Persistence.Tests.Seed;

/// <summary>The import's data check reports every place where 002 itself does not add up, and nothing else.</summary>
public class DataCheckTests(SeededSqlite fixture) : IClassFixture<SeededSqlite>
{
    [Fact]
    public async Task ShouldReportWhereTheLettersDoNotAddUp()
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<DataCheck>().RunAsync();

        Assert.Equal(
        [
            "BEFORE_MISSING Cumbria County Council",
            "TRANSITION_FROM_MISSING Cumbria County Council: transition \"5/14 → RI\" prints no starting grade.",
            "TRANSITION_FROM_MISSING Cumbria County Council: transition \"5/14 → SM\" prints no starting grade.",
            "TRANSITION_FROM_MISSING Medway Council: transition \"1/10 SW\" prints no starting grade.",
            "GRADE_MISMATCH Medway Council: 6 school(s) were S before, but 5 transition(s) start from S.",
            "TRANSITION_DENOMINATOR Northumberland County Council: transition \"6/18 S → RI\" is out of 18, not 17.",
            "GRADE_MISMATCH Portsmouth City Council: 0 school(s) were CC before, but 1 transition(s) start from CC.",
            "GRADE_MISMATCH Portsmouth City Council: 6 school(s) were RI, S, S/RI before, but 5 transition(s) start from RI, S, S/RI.",
            "BEFORE_MISSING Salford City Council",
            "BEFORE_MISSING Tameside Borough Council",
        ], report.Select(f => f.Rule is "BEFORE_MISSING" ? $"{f.Rule} {f.Message.Split(':')[0]}" : $"{f.Rule} {f.Message}"));
        Assert.All(report, f => Assert.StartsWith("002_108093f72920003a.txt:", f.Source));
    }
}
