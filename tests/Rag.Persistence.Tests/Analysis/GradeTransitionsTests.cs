using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Transitions;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

public abstract class GradeTransitionsTests<TDatabase>(TDatabase fixture) : AnalysisTest<TDatabase>(fixture) where TDatabase : SeededDatabase
{
    Task<GradeTransitionsResult> Build(LetterFilter filter) => Run<GradeTransitions, GradeTransitionsResult>(s => s.BuildAsync(filter));

    [Fact]
    public async Task ShouldCountBristolsFifteenSchoolsAsTenImprovedFourStayedOneDeclined()
    {
        var bristol = (await Build(new LetterFilter())).Letters.Single(l => l.LocalAuthority == "Bristol, City of");

        // 002 lines 127-131: 1 G → O, 1 G → G, 9 S → G, 3 S → RI, 1 S → SM.
        Assert.Equal(15, bristol.Schools);
        Assert.Contains(bristol.Flows, f => f is { From: "S", To: "G", Count: 9, Movement: Movement.Improved });
        Assert.Equal((10, 4, 1, 0), (bristol.Improved, bristol.Stayed, bristol.Declined, bristol.NotComparable));
        Assert.Equal(11, bristol.GoodOrBetter);
        Assert.Equal(0.7333, bristol.GoodOrBetterShare);
        Assert.True(bristol.SmallSample);
    }

    [Fact]
    public async Task ShouldNotCompareCumbriasTransitionsThatPrintNoStartingGrade()
    {
        var cumbria = (await Build(new LetterFilter())).Letters.Single(l => l.LocalAuthority == "Cumbria");

        // 1 G → G, 2 O → G, 5 → RI, 1 G → SW, 5 → SM.
        Assert.Equal((0, 1, 3, 10), (cumbria.Improved, cumbria.Stayed, cumbria.Declined, cumbria.NotComparable));
        Assert.Contains(cumbria.Flows, f => f is { From: "not printed", To: "SM", Count: 5 });
    }

    [Fact]
    public async Task ShouldAddUpAllSeventeenLetters()
    {
        var all = await Build(new LetterFilter());

        Assert.Equal(17, all.Letters.Count);
        Assert.Equal(all.Letters.Sum(l => l.Schools), all.Schools);
        Assert.Equal(all.Flows.Sum(f => f.Count), all.Before.Sum(b => b.Count));
        Assert.Equal(all.Flows.Sum(f => f.Count), all.After.Sum(b => b.Count));
        Assert.Equal(all.Improved + all.Stayed + all.Declined + all.NotComparable, all.Flows.Sum(f => f.Count));
        // Suffolk is the only letter of 30 schools or more.
        Assert.Equal(["Suffolk"], all.Letters.Where(l => !l.SmallSample).Select(l => l.LocalAuthority));
        Assert.Equal(1, all.Letters[0].Rank);
        Assert.True(all.Letters.Zip(all.Letters.Skip(1)).All(p => p.First.GoodOrBetterShare >= p.Second.GoodOrBetterShare));
        Assert.Contains("95%", all.Caveat);
    }

    [Fact]
    public async Task ShouldFilterByRegionAndDate()
    {
        var southWest = await Build(new LetterFilter { RegionIds = [await RegionId("South West")] });
        var in2014 = await Build(new LetterFilter { LetterFrom = new DateOnly(2014, 1, 1), LetterTo = new DateOnly(2014, 12, 31) });

        Assert.Equal(["Bristol, City of", "North Somerset"], southWest.Letters.Select(l => l.LocalAuthority).Order());
        Assert.Equal(8, in2014.Letters.Count);
    }
}

[Collection(SqliteAnalysis.Name)]
public sealed class SqliteGradeTransitionsTests(SeededSqlite fixture) : GradeTransitionsTests<SeededSqlite>(fixture);

[Collection(PostgresAnalysis.Name)]
public sealed class PostgresGradeTransitionsTests(SeededPostgres fixture) : GradeTransitionsTests<SeededPostgres>(fixture);
