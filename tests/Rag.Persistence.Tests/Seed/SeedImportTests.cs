using Microsoft.EntityFrameworkCore;
using Rag.Domain.Schools;
using Rag.Testing;

namespace Rag.Persistence.Tests.Seed;

/// <summary>What the curated data files put in a new database, on each provider.</summary>
public abstract class SeedImportTests<TDatabase>(TDatabase fixture) : IClassFixture<TDatabase> where TDatabase : SeededDatabase
{
    Task<T> Query<T>(Func<RagDbContext, Task<T>> query) => fixture.Database.WithContextAsync(query);

    [Fact]
    public async Task ShouldImportTheNineRegionsAndEveryLocalAuthority()
    {
        var regions = await Query(db => db.Regions.OrderBy(r => r.Order)
            .Select(r => new { r.Name, Count = r.LocalAuthorities.Count }).ToListAsync());

        Assert.Equal(
            ["London 1:17", "London 2:16", "South East:19", "South West:16", "West Midlands:16",
             "East and East Midlands:17", "North East:16", "Yorkshire and Humberside:16", "North West:17"],
            regions.Select(r => $"{r.Name}:{r.Count}"));
        Assert.Equal(150, await Query(db => db.LocalAuthorities.CountAsync()));
    }

    [Fact]
    public async Task ShouldPutEveryLaButTheIslesOfScillyInARolloutWave()
    {
        var waves = await Query(db => db.RolloutWaves.OrderBy(w => w.Number).Select(w => w.LocalAuthorities.Count).ToListAsync());
        var inNoWave = await Query(db => db.LocalAuthorities.Where(la => la.RolloutWaveId == null).Select(la => la.Name).ToListAsync());

        Assert.Equal([31, 16, 64, 38], waves);
        Assert.Equal(["Isles of Scilly"], inNoWave);
    }

    [Fact]
    public async Task ShouldLinkBothSpellingsOfAnLaToOneRecord()
    {
        var bristol = await Query(db => db.LocalAuthorities.Where(la => la.Name == "Bristol, City of")
            .Select(la => la.AlternativeNames.Select(n => n.Name).OrderBy(n => n).ToList()).SingleAsync());

        Assert.Equal(["Bristol", "Bristol City Council"], bristol);
    }

    [Fact]
    public async Task ShouldImportSeventeenLettersEachLinkedToItsLaInTheRegister()
    {
        var letters = await Query(db => db.FsiLetters.Select(l => new { l.PrintedName, Register = l.LocalAuthority!.Name }).ToListAsync());

        Assert.Equal(17, letters.Count);
        Assert.Equal(17, letters.Select(l => l.Register).Distinct().Count());
        Assert.Contains(letters, l => l is { PrintedName: "Bristol City Council", Register: "Bristol, City of" });
    }

    [Fact]
    public async Task ShouldReachLettersFromARegion()
    {
        var southWest = await Query(db => db.Regions.Where(r => r.Name == "South West")
            .SelectMany(r => r.LocalAuthorities).SelectMany(la => la.FsiLetters)
            .OrderBy(l => l.PrintedName).Select(l => l.PrintedName).ToListAsync());

        Assert.Equal(["Bristol City Council", "North Somerset Council"], southWest);
    }

    [Fact]
    public async Task ShouldImportEveryFindingOfEveryLetter()
    {
        var perLetter = await Query(db => db.FsiLetters.OrderBy(l => l.PrintedName)
            .Select(l => new { l.PrintedName, Count = l.Findings.Count }).ToListAsync());

        Assert.Equal(ExpectedFindings.PerLetter, perLetter.Select(l => (l.PrintedName, l.Count)));
        Assert.True(perLetter.Sum(l => l.Count) > 400);
    }

    [Fact]
    public async Task ShouldMarkEverySeededRagRatingAsInferred()
    {
        var ratings = await Query(db => db.FsiFindings.GroupBy(f => f.RagIsInferred).Select(g => g.Key).ToListAsync());

        Assert.Equal([true], ratings);
    }

    [Fact]
    public async Task ShouldImportTheTenQualityStandardsInTwoSetsOfFive()
    {
        var sets = await Query(db => db.QualityStandardSets.OrderBy(s => s.Number)
            .Select(s => s.Standards.OrderBy(q => q.Code).Select(q => q.Code).ToList()).ToListAsync());
        var levels = await Query(db => db.DescriptorLevels.OrderBy(l => l.Rank).Select(l => l.Name).ToListAsync());

        Assert.Equal([["1.1", "1.2", "1.3", "1.4", "1.5"], ["2.1", "2.2", "2.3", "2.4", "2.5"]], sets);
        Assert.Equal(4, levels.Count);
        Assert.True(await Query(db => db.QualityStandards.AllAsync(s => s.Descriptors.Count >= 4)));
    }

    [Fact]
    public async Task ShouldKeepEachOfLeedsCategoryFivesDisagreeingPassages()
    {
        var categories = await Query(db => db.SchoolCategories.Where(c => c.LocalAuthority!.Name == "Leeds")
            .OrderBy(c => c.Number).Select(c => c.Number).ToListAsync());
        var five = await Query(db => db.VisitEntitlements.Where(e => e.SchoolCategory!.Number == 5)
            .Select(e => new { e.HalfDaysPerYear, e.Bound }).ToListAsync());

        Assert.Equal([1, 2, 3, 4, 5], categories);
        Assert.Contains(five, e => e is { HalfDaysPerYear: 12, Bound: EntitlementBound.UpTo });
        Assert.Contains(five, e => e.HalfDaysPerYear is null);
    }

    [Fact]
    public async Task ShouldGiveEveryCuratedRecordItsSource()
    {
        var unsourced = await Query(async db =>
            await db.FsiFindings.CountAsync(f => f.SourceLines == null || f.SourceDocument != "002_108093f72920003a.txt")
            + await db.LocalAuthorities.CountAsync(f => f.SourceLines == null)
            + await db.LocalAuthorityNames.CountAsync(f => f.SourceLines == null)
            + await db.QualityDescriptors.CountAsync(f => f.SourceLines == null)
            + await db.VisitEntitlements.CountAsync(f => f.SourceLines == null)
            + await db.FsiGradeTransitions.CountAsync(f => f.SourceLines == null));

        Assert.Equal(0, unsourced);
    }
}

public sealed class SqliteSeedImportTests(SeededSqlite fixture) : SeedImportTests<SeededSqlite>(fixture);

public sealed class PostgresSeedImportTests(SeededPostgres fixture) : SeedImportTests<SeededPostgres>(fixture);
