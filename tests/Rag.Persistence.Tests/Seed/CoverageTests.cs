using Microsoft.Extensions.DependencyInjection;
using Rag.Domain.Common;
using Rag.Persistence.Sources;
using Rag.Testing;

namespace Rag.Persistence.Tests.Seed;

/// <summary>Every line of the five documents is cited by a record or left out with a reason (Seed/Data/Coverage);
/// blank lines need neither. Citations and uncurated ranges must name lines that exist.</summary>
public class CoverageTests(SeededSqlite fixture) : IClassFixture<SeededSqlite>
{
    static readonly string[] Documents =
    [
        SourceDocuments.QualityStandards, SourceDocuments.CoreOffer, SourceDocuments.FsiLetters,
        SourceDocuments.SipGuidance, SourceDocuments.LeedsForLearning,
    ];

    async Task<T> Coverage<T>(Func<SourceCoverage, Task<T>> query)
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SourceCoverage>());
    }

    [Fact]
    public void ShouldHaveOneCoverageFileThatDescribesEachDocumentAsItIs()
    {
        Assert.Equal(Documents, CoverageFile.All.Select(f => f.Document));
        Assert.All(CoverageFile.All, file =>
        {
            var lines = SourceDocument.AllLines(file.Document);
            Assert.Equal(lines.Length, file.LineCount);
            var blank = Enumerable.Range(1, lines.Length).Where(l => string.IsNullOrWhiteSpace(lines[l - 1]));
            Assert.Equal(LineRange.Of(blank), file.BlankLines);
        });
    }

    [Fact]
    public async Task ShouldCiteOrExplainEveryNonBlankLine()
    {
        var coverage = await Coverage(s => s.AllAsync());

        var unaccounted = coverage.Where(c => c.Unaccounted.Count > 0)
            .Select(c => $"{c.Document}: {string.Join(", ", c.Unaccounted)}").ToList();
        Assert.Empty(unaccounted);
    }

    [Fact]
    public async Task ShouldCiteTheShareOfEachDocumentTheReadmeGives()
    {
        var coverage = await Coverage(s => s.AllAsync());

        Assert.Equal(
            ["000: 1050 of 1620", "001: 150 of 451", "002: 3526 of 3570", "003: 131 of 1123", "004: 51 of 416"],
            coverage.Select(c => $"{c.Document[..3]}: {c.CitedLines} of {c.LineCount - c.BlankLines}"));
    }

    [Fact]
    public async Task ShouldCiteOnlyWellFormedRangesThatExist()
    {
        foreach (var file in CoverageFile.All)
        {
            var citations = await Coverage(s => s.CitationsAsync(file.Document));
            var bad = citations.Where(c => c.Range is not { } range || range.Last > file.LineCount)
                .Select(c => $"{c.EntityType} {c.Id} {c.Field}: \"{c.Lines}\"").ToList();
            Assert.True(bad.Count == 0, $"{file.Document}: {string.Join("; ", bad)}");
        }
    }

    [Fact]
    public async Task ShouldListUncuratedRangesOnceEachWithAReasonAndNoneACitedLine()
    {
        foreach (var file in CoverageFile.All)
        {
            var cited = (await Coverage(s => s.CitationsAsync(file.Document))).Select(c => c.Range).OfType<LineRange>()
                .SelectMany(r => Enumerable.Range(r.First, r.Count)).ToHashSet();
            cited.ExceptWith(file.BlankLines.SelectMany(r => Enumerable.Range(r.First, r.Count)));
            var ranges = file.Uncurated.OrderBy(u => u.Lines.First).ToList();

            Assert.All(ranges, u => Assert.True(u.Lines.Last <= file.LineCount && u.Reason.Trim().Length > 0, $"{file.Document}: {u.Lines}"));
            Assert.All(ranges.Zip(ranges.Skip(1)), p => Assert.True(p.First.Lines.Last < p.Second.Lines.First,
                $"{file.Document}: {p.First.Lines} overlaps {p.Second.Lines}"));
            var citedButListed = ranges.Where(u => Enumerable.Range(u.Lines.First, u.Lines.Count).Any(cited.Contains)).Select(u => u.Lines.ToString()).ToList();
            Assert.True(citedButListed.Count == 0, $"{file.Document}: uncurated ranges hold cited lines: {string.Join(", ", citedButListed)}");
        }
    }

    [Fact]
    public async Task ShouldTellWhichRecordsCiteALine()
    {
        var line644 = await Coverage(s => s.CitationsAsync(SourceDocuments.LeedsForLearning, 644));
        var statement = await Coverage(s => s.CitationsAsync(SourceDocuments.QualityStandards, 258));

        Assert.Contains(line644, c => c is { EntityType: "VisitEntitlement", Field: "sourceLines" } && c.Label.Contains("at least 12"));
        Assert.Contains(line644, c => c.EntityType == "CategoryExpectation");
        Assert.Contains(statement, c => c is { EntityType: "QualityStandard", Label: "1.1", Field: "statements" });
    }
}
