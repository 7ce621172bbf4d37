using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Counts;
using Rag.Persistence.Analysis.Profiles;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Wording;
using Rag.Domain.Fsi;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

public abstract class ProfileTests<TDatabase>(TDatabase fixture) : AnalysisTest<TDatabase>(fixture) where TDatabase : SeededDatabase
{
    [Fact]
    public async Task ShouldProfileBristolWithRankRegionAndEngland()
    {
        var bristol = await Run<LaProfile, LaProfileResult?>(async s => await s.BuildAsync(await LaId("Bristol, City of"), new DateOnly(2014, 1, 1)));

        Assert.NotNull(bristol);
        Assert.Equal("South West", bristol.Region);
        Assert.Equal(new DateOnly(2013, 9, 6), bristol.LetterDate);
        // bristol-city.json: 24 findings, 11 of them resolved Red; 15 schools inspected (002 line 121: "2/15 G", "13/15 S").
        Assert.Equal(24, bristol.Headings.Sum(h => h.Tally.Total));
        Assert.Equal(15, bristol.Transitions!.Schools);
        var red = bristol.Measures.Single(m => m.Name == "Share of findings rated red");
        Assert.Equal(Math.Round(11 / 24.0, 4), red.Value);
        Assert.Equal(17, red.RankedLas);
        // Four letters have a larger red share (Wolverhampton 17/27, Norfolk 16/26, Northumberland 18/34, Portsmouth 14/27),
        // so 12 LAs rank below Bristol and it ranks 13th; the South West pools Bristol with North Somerset (2 Red of 23);
        // England is 157 Red of the 422 findings.
        Assert.Equal(13, red.Rank);
        Assert.Equal(Math.Round((11 + 2) / (24 + 23.0), 4), red.RegionValue);
        Assert.Equal(Math.Round(157 / 422.0, 4), red.NationalValue);
        var good = bristol.Measures.Single(m => m.Name == "Share of inspected schools found good or better");
        // 002 lines 127-131: after inspection 1 O + 1 G + 9 G (from S) = 11 of 15 good or better.
        Assert.Equal(0.7333, good.Value);
        Assert.NotNull(good.Rank);
        Assert.NotNull(good.RegionValue);
        // No schools are seeded: the SIP measures have no data, and say so rather than show zero.
        Assert.Null(bristol.Measures.Single(m => m.Name == "Share of schools with a SIP deployed").Value);
    }

    [Fact]
    public async Task ShouldProfileUseOfDataAcrossItsThirteenLas()
    {
        var profile = await Run<HeadingProfile, HeadingProfileResult?>(async s => await s.BuildAsync(await HeadingId("LA - use of data"), FindingFilter.All));

        Assert.NotNull(profile);
        // Seed/Data/FsiLetters: "LA - use of data" holds 24 findings from 13 letters, resolved 5 Red, 8 Amber, 11 Green;
        // all 13 LAs' findings there use the word "data".
        Assert.Equal("Data", profile.Group);
        Assert.Equal(new Persistence.Analysis.Matrix.RagTally(5, 8, 11, 0), profile.Tally);
        Assert.Equal(13, profile.LocalAuthorities.Count);
        Assert.Contains(profile.RecurringTerms, t => t.Term == "data" && t.LocalAuthorities >= 5);
        Assert.All(profile.RecurringTerms, t => Assert.True(t.LocalAuthorities >= 2));
    }

    [Fact]
    public async Task ShouldPairSalfordAndTamesidesSharedWording()
    {
        var pairs = await Run<RecurringWording, List<WordingPair>>(s => s.FindAsync(new WordingFilter { Threshold = 0.2 }));

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.NotEqual(p.First.LetterId, p.Second.LetterId));
        Assert.All(pairs, p => Assert.True(p.Similarity >= 0.2));
        Assert.Contains(pairs, p => new[] { p.First.LocalAuthority, p.Second.LocalAuthority }.Order().SequenceEqual(["Salford", "Tameside"]));
        Assert.All(pairs, p => Assert.Contains(p.FirstFragments, f => f.Marked));
    }

    [Fact]
    public async Task ShouldListFewerPairsAsTheThresholdRises()
    {
        var low = await Run<RecurringWording, List<WordingPair>>(s => s.FindAsync(new WordingFilter { Threshold = 0.1, Limit = 5000 }));
        var high = await Run<RecurringWording, List<WordingPair>>(s => s.FindAsync(new WordingFilter { Threshold = 0.5, Limit = 5000 }));

        Assert.True(high.Count < low.Count);
    }

    [Fact]
    public async Task ShouldExplainEachNeighbourByTheHeadingsTheyShare()
    {
        var bristol = await LaId("Bristol, City of");
        var neighbours = Assert.Single(await Run<SimilarLocalAuthorities, List<LocalAuthorityNeighbours>>(s =>
            s.FindAsync(new SimilarityFilter { LocalAuthorityIds = [bristol], Neighbours = 3 })));

        Assert.Equal(3, neighbours.Nearest.Count);
        Assert.True(neighbours.Nearest.Zip(neighbours.Nearest.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
        Assert.All(neighbours.Nearest, n => Assert.NotEmpty(n.SharedHeadings));
        Assert.DoesNotContain(neighbours.Nearest, n => n.LocalAuthorityId == bristol);
    }

    [Fact]
    public void ShouldScoreIdenticalProfilesOneAndOppositeOnesZero()
    {
        var a = new Dictionary<string, double> { ["x"] = 1, ["y"] = -1 };
        Assert.Equal(1, SimilarLocalAuthorities.Compare(a, 2, "b", new() { ["x"] = 1, ["y"] = -1 }).Similarity);
        Assert.Equal(0, SimilarLocalAuthorities.Compare(a, 2, "b", new() { ["x"] = -1, ["y"] = 1 }).Similarity);
        // One shared heading in full agreement out of three headings either has: 1/3.
        Assert.Equal(0.3333, SimilarLocalAuthorities.Compare(a, 2, "b", new() { ["x"] = 1, ["z"] = 0 }).Similarity);
    }

    [Fact]
    public async Task ShouldCountFindingsByLaHeadingAndRating()
    {
        var byRating = await Run<FindingCounts, List<FindingCount>>(s => s.CountAsync(FindingFilter.All, [CountDimension.Rating]));
        var byLaAndRating = await Run<FindingCounts, List<FindingCount>>(s => s.CountAsync(FindingFilter.All, [CountDimension.LocalAuthority, CountDimension.Rating]));
        var byHeading = await Run<FindingCounts, List<FindingCount>>(s => s.CountAsync(FindingFilter.All, [CountDimension.Heading]));

        // Seed/Data/FsiLetters: 157 Red, 113 Amber, 152 Green (docs/rag-rubric.md); Bristol 11 Red, 3 Amber, 10 Green;
        // 25 headings used, 52 findings under "LA - support and challenge".
        Assert.Equal([(RagRating?)RagRating.Red, RagRating.Amber, RagRating.Green], byRating.Select(c => c.Rag));
        Assert.Equal([157, 113, 152], byRating.Select(c => c.Count));
        Assert.Equal([11, 3, 10], byLaAndRating.Where(c => c.LocalAuthority == "Bristol, City of").Select(c => c.Count));
        Assert.Equal(25, byHeading.Count);
        Assert.Equal(52, byHeading.Single(c => c.Heading == "LA - support and challenge").Count);
    }
}

[Collection(SqliteAnalysis.Name)]
public sealed class SqliteProfileTests(SeededSqlite fixture) : ProfileTests<SeededSqlite>(fixture);

[Collection(PostgresAnalysis.Name)]
public sealed class PostgresProfileTests(SeededPostgres fixture) : ProfileTests<SeededPostgres>(fixture);
