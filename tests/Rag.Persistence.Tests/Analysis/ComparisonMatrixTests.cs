using Rag.Domain.Fsi;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Matrix;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

public abstract class ComparisonMatrixTests<TDatabase>(TDatabase fixture) : AnalysisTest<TDatabase>(fixture) where TDatabase : SeededDatabase
{
    Task<ComparisonMatrixResult> Build(FindingFilter filter) => Run<ComparisonMatrix, ComparisonMatrixResult>(s => s.BuildAsync(filter));

    [Fact]
    public async Task ShouldPutAll422FindingsIn25HeadingsBy17Las()
    {
        var matrix = await Build(FindingFilter.All);

        // The 17 files of Seed/Data/FsiLetters hold 422 findings (the resolved "rag": 157 Red, 113 Amber, 152 Green,
        // as docs/rag-rubric.md states); fsi-headings.json has 25 headings in 7 groups.
        Assert.Equal(17, matrix.Columns.Count);
        Assert.Equal(7, matrix.Groups.Count);
        Assert.Equal(25, matrix.Groups.Sum(g => g.Rows.Count));
        Assert.Equal(new RagTally(157, 113, 152, 0), matrix.Tally);
        Assert.All(matrix.Groups.SelectMany(g => g.Rows), r => Assert.Equal(17, r.Cells.Count));
        Assert.Equal(["School standards", "Collaboration", "Personnel", "Data", "LA effectiveness"], matrix.Groups.Take(5).Select(g => g.Group));
    }

    [Fact]
    public async Task ShouldCountBristolsRatings()
    {
        var bristol = (await Build(FindingFilter.All)).Columns.Single(c => c.LocalAuthority == "Bristol, City of");

        // Seed/Data/FsiLetters/bristol-city.json: 24 findings whose resolved "rag" is 11 Red, 3 Amber, 10 Green.
        Assert.Equal(new RagTally(11, 3, 10, 0), bristol.Tally);
        Assert.Equal("11R 3A 10G", bristol.Tally.Letters());
    }

    [Fact]
    public async Task ShouldGiveEveryFindingItsLetterAndSourceLines()
    {
        var findings = (await Build(FindingFilter.All)).AllFindings().ToList();

        // The 422 findings of the 17 Seed/Data/FsiLetters files, each with its "sourceLines".
        Assert.Equal(422, findings.Count);
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.SourceLines)));
        Assert.All(findings, f => Assert.True(f.LetterId > 0));
    }

    [Fact]
    public async Task ShouldFilterUseOfDataToItsThirteenLas()
    {
        var matrix = await Build(new FindingFilter { HeadingIds = [await HeadingId("LA - use of data")] });
        var row = Assert.Single(Assert.Single(matrix.Groups).Rows);

        // The 24 findings under "LA - use of data" in Seed/Data/FsiLetters: resolved "rag" 5 Red, 8 Amber, 11 Green, from 13 letters.
        Assert.Equal(new RagTally(5, 8, 11, 0), row.Tally);
        Assert.Equal(13, row.Cells.Count(c => c.Findings.Count > 0));
    }

    [Fact]
    public async Task ShouldFilterByHeadingGroupRegionLasAndDates()
    {
        var all = await Build(FindingFilter.All);
        var personnel = all.Groups.Single(g => g.Group == "Personnel");
        var byGroup = await Build(new FindingFilter { HeadingGroupIds = [personnel.GroupId] });
        var southWest = await Build(new FindingFilter { RegionIds = [await RegionId("South West")] });
        var two = await Build(new FindingFilter { LocalAuthorityIds = [await LaId("Salford"), await LaId("Tameside")] });
        var in2013 = await Build(new FindingFilter { LetterFrom = new DateOnly(2013, 1, 1), LetterTo = new DateOnly(2013, 12, 31) });

        // fsi-headings.json: Personnel has 6 headings. regions.json puts two of the 17 letters' LAs in the South West:
        // Bristol (24 findings in bristol-city.json) and North Somerset (23 in north-somerset.json, one fewer since the
        // second reading moved 1482-1493 to the letter's notes). salford-city.json has 21 findings (it gained 2747-2761
        // from Staffordshire), tameside-borough.json 25. Nine letters are dated in 2013 (Derby 2013-02-19 to Northumberland 2013-11-26).
        Assert.Equal(6, byGroup.Groups.Single().Rows.Count);
        Assert.Equal(personnel.Rows.Sum(r => r.Tally.Total), byGroup.Tally.Total);
        Assert.Equal(["Bristol, City of", "North Somerset"], southWest.Columns.Select(c => c.LocalAuthority));
        Assert.Equal(24 + 23, southWest.Tally.Total);
        Assert.Equal(["Salford", "Tameside"], two.Columns.Select(c => c.LocalAuthority));
        Assert.Equal(21 + 25, two.Tally.Total);
        Assert.Equal(9, in2013.Columns.Count);
    }

    [Fact]
    public async Task ShouldFilterByRatingAndUncertaintyWithoutDroppingRowsOrColumns()
    {
        var red = await Build(new FindingFilter { Ratings = [RagRating.Red] });
        var uncertain = await Build(new FindingFilter { Uncertain = true });
        var certain = await Build(new FindingFilter { Uncertain = false });

        // Seed/Data/FsiLetters: 157 findings resolved Red; 155 of the 422 have "headingUncertain" or "attributionUncertain"
        // (138 and 29, 12 both: docs/second-reading.md, "In numbers").
        Assert.Equal(new RagTally(157, 0, 0, 0), red.Tally);
        Assert.Equal(17, red.Columns.Count);
        Assert.Equal(155, uncertain.Tally.Total);
        Assert.Equal(422 - 155, certain.Tally.Total);
        Assert.All(uncertain.AllFindings(), f => Assert.True(f.Uncertain));
    }

    [Fact]
    public async Task ShouldFilterByWordsInAnyCase()
    {
        var lower = await Build(new FindingFilter { Words = "governors" });
        var upper = await Build(new FindingFilter { Words = "GOVERNORS" });

        Assert.True(lower.Tally.Total > 0);
        Assert.Equal(lower.AllFindings().Select(f => f.Id), upper.AllFindings().Select(f => f.Id));
        Assert.All(lower.AllFindings(), f => Assert.Contains("governor", f.Text, StringComparison.OrdinalIgnoreCase));
    }
}

[Collection(SqliteAnalysis.Name)]
public sealed class SqliteComparisonMatrixTests(SeededSqlite fixture) : ComparisonMatrixTests<SeededSqlite>(fixture);

[Collection(PostgresAnalysis.Name)]
public sealed class PostgresComparisonMatrixTests(SeededPostgres fixture) : ComparisonMatrixTests<SeededPostgres>(fixture);
