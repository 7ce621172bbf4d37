using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Persistence.Tests.Infrastructure;

public abstract class RecordStampingTests<TDatabase>(TDatabase fixture) : IClassFixture<TDatabase> where TDatabase : SeededDatabase
{
    [Fact]
    public async Task ShouldRefuseAnUpdateMadeFromAStaleVersion()
    {
        var id = await fixture.Database.WithContextAsync(db => db.Regions.Select(r => r.Id).FirstAsync());
        var stale = await fixture.Database.WithContextAsync(db => db.Regions.AsNoTracking().SingleAsync(r => r.Id == id));
        var loadedVersion = stale.Version;

        await fixture.Database.WithContextAsync(async db =>
        {
            (await db.Regions.SingleAsync(r => r.Id == id)).Name += " (renamed)";
            await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => fixture.Database.WithContextAsync(async db =>
        {
            db.Regions.Attach(stale);
            stale.Name = "A lost write";
            await db.SaveChangesAsync();
        }));
        var saved = await fixture.Database.WithContextAsync(db => db.Regions.SingleAsync(r => r.Id == id));
        Assert.EndsWith(" (renamed)", saved.Name);
        Assert.Equal(loadedVersion + 1, saved.Version);
    }

    [Fact]
    public async Task ShouldStampWhoCreatedAndWhoUpdated()
    {
        var wave = await fixture.Database.WithContextAsync(async db =>
        {
            var w = await db.RolloutWaves.OrderBy(x => x.Number).FirstAsync();
            w.Label += ".";
            await db.SaveChangesAsync();
            return w;
        });

        Assert.Equal("system", wave.CreatedBy);
        Assert.Equal("system", wave.UpdatedBy);
        Assert.NotNull(wave.UpdatedAt);
    }
}

public sealed class SqliteRecordStampingTests(SeededSqlite fixture) : RecordStampingTests<SeededSqlite>(fixture);

public sealed class PostgresRecordStampingTests(SeededPostgres fixture) : RecordStampingTests<SeededPostgres>(fixture);
