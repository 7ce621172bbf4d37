using Microsoft.EntityFrameworkCore;
using Rag.Benchmarks.Generation;
using Rag.Persistence;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Persistence.Tests.Synthetic;

public class SyntheticDataTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GenerateFlagsEveryRowAndRemoveLeavesTheDatabaseAsBefore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.InitializeAsync();
        var before = await database.WithContextAsync(db => IdsAsync(db, syntheticToo: true));

        await database.WithContextAsync(db => SyntheticData.GenerateAsync(db, scale: 0.01, seed: 42, new NoProgress()));
        Assert.Equal(before, await database.WithContextAsync(db => IdsAsync(db, syntheticToo: false)));
        var all = await database.WithContextAsync(db => IdsAsync(db, syntheticToo: true));
        Assert.True(all["Visits"].Count > 5_000, $"{all["Visits"].Count} visits");
        Assert.True(all["FsiFindings"].Count >= before["FsiFindings"].Count + 40);

        await database.WithContextAsync(SyntheticData.RemoveAsync);
        Assert.Equal(before, await database.WithContextAsync(db => IdsAsync(db, syntheticToo: true)));
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameRows()
    {
        await using var database = TestDatabase.Sqlite();
        await database.InitializeAsync();
        async Task<List<string>> Generated()
        {
            await database.WithContextAsync(db => SyntheticData.GenerateAsync(db, 0.005, 7, new NoProgress()));
            var rows = await database.WithContextAsync(db => db.Visits.Where(v => v.IsSynthetic).OrderBy(v => v.Id)
                .Select(v => v.SchoolId + " " + v.SipId + " " + v.VisitedOn + " " + v.Purpose).ToListAsync());
            await database.WithContextAsync(SyntheticData.RemoveAsync);
            return rows;
        }
        var first = await Generated();
        var second = await Generated();
        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first.Select(r => r[r.IndexOf(' ')..]), second.Select(r => r[r.IndexOf(' ')..])); // SQLite may reuse ids or not; the content repeats
    }

    /// <summary>Per record table, the ids of its rows (only the curated ones unless <paramref name="syntheticToo"/>).</summary>
    static async Task<Dictionary<string, List<int>>> IdsAsync(RagDbContext db, bool syntheticToo)
    {
        var ids = new Dictionary<string, List<int>>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(Rag.Domain.Common.Record).IsAssignableFrom(e.ClrType)))
        {
            var table = entity.GetTableName()!;
#pragma warning disable EF1002 // names from the model
            ids[table] = await db.Database.SqlQueryRaw<int>(
                $"SELECT \"Id\" AS \"Value\" FROM \"{table}\"{(syntheticToo ? "" : " WHERE NOT \"IsSynthetic\"")} ORDER BY \"Id\"").ToListAsync();
#pragma warning restore EF1002
        }
        return ids;
    }

    sealed class NoProgress : SyntheticData.IProgress
    {
        public Action<int> Start(string table, int expected) => _ => { };
    }
}
