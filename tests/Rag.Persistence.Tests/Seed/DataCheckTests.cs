using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Seed;
using Rag.Testing;

namespace Rag.Persistence.Tests.Seed;

/// <summary>The import's data check reports every place where 002 does not add up and where 004's visit passages
/// contradict each other, and nothing else.</summary>
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
            "ENTITLEMENTS_DISAGREE Leeds category 5 (Schools in OFSTED categories of serious weaknesses or special measures): " +
            "\"'Schools in category' will receive a maximum of 12 x ½ day visits\" (line 117) gives at most 12 half-days, " +
            "but \"Purpose of visits/reviews - a bespoke support package (at least 12 x ½ days visits)\" (line 644) gives at least 12 half-days.",
            "ENTITLEMENTS_DISAGREE Leeds category 5 (Schools in OFSTED categories of serious weaknesses or special measures): " +
            "\"Schools will receive up to 12 x ½ day monitoring visits per year\" (line 450) gives at most 12 half-days, " +
            "but \"Purpose of visits/reviews - a bespoke support package (at least 12 x ½ days visits)\" (line 644) gives at least 12 half-days.",
        ], report.Select(f => f.Rule is "BEFORE_MISSING" ? $"{f.Rule} {f.Message.Split(':')[0]}" : $"{f.Rule} {f.Message}"));
        Assert.All(report.Where(f => f.Rule != "ENTITLEMENTS_DISAGREE"), f => Assert.StartsWith("002_108093f72920003a.txt:", f.Source));
        Assert.Equal(["004_c105bcd389ca7b9e.txt:117,644", "004_c105bcd389ca7b9e.txt:450,644"],
            report.Where(f => f.Rule == "ENTITLEMENTS_DISAGREE").Select(f => f.Source));
    }
}
