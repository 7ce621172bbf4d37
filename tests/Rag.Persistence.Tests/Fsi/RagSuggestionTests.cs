using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Testing;
using Xunit.Abstractions;

namespace Rag.Persistence.Tests.Fsi;

/// <summary>The rating suggested from the wording, measured against the resolved ratings of the seeded findings
/// (the figures docs/rag-rubric.md and the README report).</summary>
public class RagSuggestionTests(SeededSqlite fixture, ITestOutputHelper output) : IClassFixture<SeededSqlite>
{
    [Fact]
    public async Task ShouldSuggestTheResolvedRatingForMostFindings()
    {
        var findings = await fixture.Database.WithContextAsync(db => db.FsiFindings.AsNoTracking().Where(f => f.Rag != null).ToListAsync());
        var outcomes = findings.Select(f => (Resolved: f.Rag!.Value, Suggested: RagSuggestion.From(f.Text).Rating)).ToList();

        var accuracy = (double)outcomes.Count(o => o.Resolved == o.Suggested) / outcomes.Count;
        output.WriteLine($"{outcomes.Count} findings, accuracy {accuracy:P1}");
        foreach (var rating in Enum.GetValues<RagRating>())
        {
            var suggested = outcomes.Count(o => o.Suggested == rating);
            var resolved = outcomes.Count(o => o.Resolved == rating);
            var hits = outcomes.Count(o => o.Suggested == rating && o.Resolved == rating);
            output.WriteLine($"| {rating} | {resolved} | {suggested} | {(double)hits / Math.Max(1, suggested):P1} | {(double)hits / resolved:P1} |");
        }
        foreach (var resolved in Enum.GetValues<RagRating>())
            output.WriteLine($"resolved {resolved}: " + string.Join(", ", Enum.GetValues<RagRating>()
                .Select(s => $"{s} {outcomes.Count(o => o.Resolved == resolved && o.Suggested == s)}")));

        // Far better than always answering the commonest rating.
        var commonest = outcomes.GroupBy(o => o.Resolved).Max(g => g.Count()) / (double)outcomes.Count;
        Assert.True(accuracy > commonest + 0.1, $"accuracy {accuracy:P1}, commonest rating alone {commonest:P1}");
    }

    [Theory]
    [InlineData("“Training provided by the LA is viewed by some schools as being of variable quality”", RagRating.Amber)]
    [InlineData("“There is a lack of rigour to the monitoring of the performance of some schools”", RagRating.Red)]
    [InlineData("“A few schools indicated that the LA’s level of challenge was not rigorous enough”", RagRating.Amber)]
    [InlineData("\"The clerking of governing body meetings is widely praised”", RagRating.Green)]
    [InlineData("“Support provided by the LA for those schools found to require special measures has not been effective”", RagRating.Red)]
    [InlineData("“Schools are aware of the LA’s strategy for improvement”", RagRating.Amber)]
    public void ShouldReadTheRubricsCues(string text, RagRating expected) => Assert.Equal(expected, RagSuggestion.From(text).Rating);
}
