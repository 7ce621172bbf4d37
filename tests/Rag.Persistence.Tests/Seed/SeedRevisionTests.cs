using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Persistence.Tests.Seed;

/// <summary>A database that imported leeds-categories.json before its revision 2 (004 line 644) gets just the records
/// that revision adds, once, and keeps every edit and deletion made since.</summary>
public abstract class SeedRevisionTests(DatabaseProvider provider) : IAsyncLifetime
{
    const string Marker = "Seed/leeds-categories.json#2";
    TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await database.InitializeAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    Task<int> RecordsAtLine644() => database.WithContextAsync(async db =>
        await db.VisitEntitlements.CountAsync(e => e.SourceDocument == SourceDocuments.LeedsForLearning && e.SourceLines == "644")
        + await db.CategoryExpectations.CountAsync(e => e.SourceDocument == SourceDocuments.LeedsForLearning && e.SourceLines == "644"));

    /// <summary>Turns the new database into one as it stood before revision 2, then lets an editor change and delete
    /// one passage each.</summary>
    async Task<(int Edited, int Deleted)> AnExistingDatabaseWithEditsAsync() => await database.WithContextAsync(async db =>
    {
        db.VisitEntitlements.RemoveRange(db.VisitEntitlements.Where(e => e.SourceDocument == SourceDocuments.LeedsForLearning && e.SourceLines == "644"));
        db.CategoryExpectations.RemoveRange(db.CategoryExpectations.Where(e => e.SourceDocument == SourceDocuments.LeedsForLearning && e.SourceLines == "644"));
        db.SeedImports.Remove(await db.SeedImports.SingleAsync(i => i.Dataset == Marker));
        var five = db.VisitEntitlements.Where(e => e.SchoolCategory!.Number == 5).OrderBy(e => e.Id);
        var edited = await five.FirstAsync(e => e.SourceLines == "117");
        edited.Text = "Edited by a portal user";
        var deleted = await five.FirstAsync(e => e.SourceLines == "450" && e.HalfDaysPerYear == null);
        db.VisitEntitlements.Remove(deleted);
        await db.SaveChangesAsync();
        return (edited.Id, deleted.Id);
    });

    [Fact]
    public async Task ShouldAddJustTheNewRecordsToAnExistingDatabase()
    {
        var (edited, deleted) = await AnExistingDatabaseWithEditsAsync();
        var entitlements = await database.WithContextAsync(db => db.VisitEntitlements.CountAsync());

        await database.InitializeAsync();

        Assert.Equal(18, await RecordsAtLine644());
        Assert.Equal(entitlements + 17, await database.WithContextAsync(db => db.VisitEntitlements.CountAsync()));
        Assert.True(await database.WithContextAsync(db => db.VisitEntitlements.AnyAsync(e =>
            e.SchoolCategory!.Number == 5 && e.Bound == EntitlementBound.AtLeast && e.HalfDaysPerYear == 12)));
        Assert.Equal("Edited by a portal user", await database.WithContextAsync(db => db.VisitEntitlements.Where(e => e.Id == edited).Select(e => e.Text).SingleAsync()));
        Assert.False(await database.WithContextAsync(db => db.VisitEntitlements.AnyAsync(e => e.Id == deleted)));
        Assert.True(await database.WithContextAsync(db => db.SeedImports.AnyAsync(i => i.Dataset == Marker)));
    }

    [Fact]
    public async Task ShouldAddARevisionOnlyOnce()
    {
        await AnExistingDatabaseWithEditsAsync();
        await database.InitializeAsync();
        var once = await database.WithContextAsync(db => db.VisitEntitlements.CountAsync());

        await database.InitializeAsync();

        Assert.Equal(once, await database.WithContextAsync(db => db.VisitEntitlements.CountAsync()));
    }

    [Fact]
    public async Task ShouldAddAnLasNewNameToAnExistingDatabase()
    {
        await database.WithContextAsync(async db =>
        {
            db.LocalAuthorityNames.Remove(await db.LocalAuthorityNames.SingleAsync(n => n.Name == "Leeds City Council"));
            db.SeedImports.Remove(await db.SeedImports.SingleAsync(i => i.Dataset == "Seed/regions.json#2"));
            return await db.SaveChangesAsync();
        });

        await database.InitializeAsync();

        var leeds = await database.WithContextAsync(db => db.LocalAuthorityNames.Where(n => n.Name == "Leeds City Council")
            .Select(n => new { La = n.LocalAuthority!.Name, n.SourceDocument, n.SourceLines }).ToListAsync());
        Assert.Equal([new { La = "Leeds", SourceDocument = (string?)SourceDocuments.LeedsForLearning, SourceLines = (string?)"192" }], leeds);
    }

    [Fact]
    public async Task ShouldMarkEveryRevisionOfAFileImportedWhole()
    {
        var markers = await database.WithContextAsync(db => db.SeedImports.Where(i => i.Dataset.StartsWith("Seed/leeds-categories.json"))
            .OrderBy(i => i.Dataset).Select(i => i.Dataset).ToListAsync());

        Assert.Equal(["Seed/leeds-categories.json", Marker], markers);
        Assert.Equal(18, await RecordsAtLine644());
    }
}

public sealed class SqliteSeedRevisionTests() : SeedRevisionTests(DatabaseProvider.Sqlite);

public sealed class PostgresSeedRevisionTests() : SeedRevisionTests(DatabaseProvider.Postgres);
