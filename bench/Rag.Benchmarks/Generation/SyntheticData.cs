using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Rag.Domain.Common;
using Rag.Persistence;

namespace Rag.Benchmarks.Generation;

/// <summary>Adds the national-scale synthetic record to a database and takes it away again. Both go straight
/// through the connection; the curated seed files are never read or written.</summary>
public static class SyntheticData
{
    /// <summary>Told, per table, how many rows to expect and then how many were written.</summary>
    public interface IProgress
    {
        Action<int> Start(string table, int expected);
    }

    public static async Task<TimeSpan> GenerateAsync(RagDbContext db, double scale, int seed, IProgress progress)
    {
        var watch = Stopwatch.StartNew();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var loader = await BulkLoader.OpenAsync(connection);
            await new NationalScale(scale, seed).GenerateAsync(db, async (type, expected, rows) =>
            {
                var table = new TableShape(db.Model.FindEntityType(type)!);
                await loader.WriteAsync(table, rows, progress.Start(table.Name, expected));
            });
            await loader.CommitAsync();
            // The planner's statistics still describe the curated record; without them PostgreSQL plans a page of
            // 22,000 schools as if there were none (measured: bench/RESULTS.md). Both databases spell it ANALYZE.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return watch.Elapsed;
    }

    /// <summary>Deletes every synthetic record, children before parents, and says how many per table.</summary>
    public static async Task<List<(string Table, int Deleted)>> RemoveAsync(RagDbContext db)
    {
        var deleted = new List<(string, int)>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var entity in ChildrenFirst(db.Model))
        {
            var table = entity.GetTableName()!;
            var flag = entity.FindProperty(nameof(Record.IsSynthetic))!.GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()));
#pragma warning disable EF1002 // table and column names come from the model, not from input
            deleted.Add((table, await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\" WHERE \"{flag}\"")));
#pragma warning restore EF1002
        }
        await transaction.CommitAsync();
        return deleted;
    }

    /// <summary>The record tables ordered so that every table comes before the tables it references.</summary>
    static List<IEntityType> ChildrenFirst(IModel model)
    {
        var records = model.GetEntityTypes().Where(e => typeof(Record).IsAssignableFrom(e.ClrType) && e.GetTableName() is not null).ToList();
        var ordered = new List<IEntityType>();
        var visited = new HashSet<IEntityType>();
        void Visit(IEntityType entity)
        {
            if (!visited.Add(entity)) return;
            foreach (var child in records.Where(r => r != entity && r.GetForeignKeys().Any(fk => fk.PrincipalEntityType == entity))) Visit(child);
            ordered.Add(entity);
        }
        foreach (var entity in records) Visit(entity);
        return ordered;
    }
}
