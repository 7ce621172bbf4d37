using Rag.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>The most children any one record has in each collection (a letter's findings, a region's LAs), and the
/// rows of each table, read from the database at start and every few minutes. The complexity limit counts a nested
/// list at this size, and a page at no more than the table holds: a fixed guess of 10 let
/// <c>letter { findings { letter { findings … } } }</c> pass while a letter has about 25.</summary>
public sealed class CollectionSizes(IServiceScopeFactory scopes, EntityCatalog catalog, ILogger<CollectionSizes> logger) : BackgroundService
{
    static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    volatile IReadOnlyDictionary<string, long> largest = new Dictionary<string, long>();

    /// <summary>The most items <c>typeName.fieldName</c> holds for any one record, or null if it is not a collection.</summary>
    public long? Largest(string typeName, string fieldName) =>
        largest.TryGetValue($"{typeName}.{fieldName}", out var size) ? size : null;

    /// <summary>The rows a connection type (<c>RegionConnection</c>) can page through, or null if unknown.</summary>
    public long? Rows(string connectionType) => largest.TryGetValue(connectionType, out var rows) ? rows : null;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken); // before the first request is served
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await RefreshAsync(stoppingToken);
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
            var sql = db.GetService<ISqlGenerationHelper>();
            var sizes = new Dictionary<string, long>();
            foreach (var entity in catalog.Entities)
                sizes[Paging.ConnectionTypes.NameOf(entity)] = await entity.CountAsync(entity.Query(db), cancellationToken);
            foreach (var entity in catalog.Entities)
            foreach (var collection in entity.Collections.Where(c => !c.IsSingle))
            {
                var child = collection.Target.Model;
                var table = sql.DelimitIdentifier(child.GetTableName()!, child.GetSchema());
                var column = sql.DelimitIdentifier(child.FindProperty(collection.InverseForeignKey.Name)!.GetColumnName());
                // Only names from the EF model, delimited, go into the statement.
                var statement = $"SELECT CAST(COALESCE(MAX(n), 0) AS BIGINT) AS \"Value\" FROM (SELECT COUNT(*) AS n FROM {table} GROUP BY {column}) AS g";
                sizes[$"{entity.Name}.{collection.FieldName}"] = await db.Database.SqlQueryRaw<long>(statement).SingleAsync(cancellationToken);
            }
            largest = sizes;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The last sizes (or the configured estimate) still count; the next refresh tries again.
            logger.LogWarning(e, "Could not read collection sizes for the complexity limit");
        }
    }
}
