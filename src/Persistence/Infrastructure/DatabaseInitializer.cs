using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Rag.Persistence.Analysis.Search;
using Rag.Persistence.Seed;

namespace Rag.Persistence.Infrastructure;

/// <summary>Brings the database up to date on start: migrations (unless <see cref="DatabaseStartOptions.MigrateOnStart"/>
/// is off), then any curated data not yet imported, then the data check over what the documents say.</summary>
public sealed class DatabaseInitializer(RagDbContext db, SeedRunner seeds, DataCheck check, DatabaseStartOptions options,
    SearchIndex searchIndex,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.MigrateOnStart)
            await db.Database.MigrateAsync(cancellationToken);
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
            throw new InvalidOperationException(
                $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and Rag:Database:MigrateOnStart " +
                "is false: apply them first (README: Migrations), or set it to true.");

        var imported = await seeds.RunAsync(cancellationToken);
        // The full-text index lives outside the migrations (an idempotent step), so no migration history is touched.
        await searchIndex.EnsureAsync(cancellationToken);
        if (imported.Count == 0) return;

        var discrepancies = await check.RunAsync(cancellationToken);
        foreach (var discrepancy in discrepancies)
            logger.LogWarning("Data check: {Message} ({Source})", discrepancy.Message, discrepancy.Source);
        logger.LogInformation("Imported {Files} curated file(s); the data check reports {Count} discrepancies",
            imported.Count, discrepancies.Count);
    }
}
