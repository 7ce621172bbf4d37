using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Rag.Persistence.Seed;

/// <summary>Imports each curated data file once, in its own transaction with its marker, so a second start adds
/// nothing and a failed import leaves no half of a file behind. Records added to a file later carry a revision
/// (<see cref="SeedRevisions"/>); an existing database gets just those, once. A file re-curated since its import
/// brings its corrections, where its dataset supports them, to the records nobody has edited.</summary>
public sealed class SeedRunner(RagDbContext db, IEnumerable<ISeedDataset> datasets, SeedFiles files, TimeProvider clock, ILogger<SeedRunner> logger)
{
    /// <returns>The files (or "file#revision" markers) imported or corrected by this run.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var imported = new List<string>();
        var done = await db.SeedImports.ToDictionaryAsync(i => i.Dataset, i => i.ContentHash, cancellationToken);
        foreach (var (dataset, file) in Files())
        {
            var json = files.Read(file);
            var revisions = SeedRevisions.In(json);
            if (!done.TryGetValue(file, out var importedHash))
            {
                // A first import takes every record, later revisions included, and marks them all as done.
                var markers = revisions.Select(r => SeedRevisions.Marker(file, r)).Where(m => !done.ContainsKey(m)).Prepend(file);
                await ImportAsync(json, markers, ct => dataset.AddAsync(db, json, ct), cancellationToken);
                imported.Add(file);
                continue;
            }
            foreach (var revision in revisions.Where(r => !done.ContainsKey(SeedRevisions.Marker(file, r))))
            {
                var marker = SeedRevisions.Marker(file, revision);
                await ImportAsync(json, [marker], ct => dataset.AddRevisionAsync(db, json, revision, ct), cancellationToken);
                imported.Add(marker);
            }
            if (dataset.Corrects && importedHash != Hash(json))
            {
                await CorrectAsync(dataset, file, json, cancellationToken);
                imported.Add(file);
            }
        }
        return imported;
    }

    async Task ImportAsync(string json, IEnumerable<string> markers, Func<CancellationToken, Task> add, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await add(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var names = markers.ToList();
        db.SeedImports.AddRange(names.Select(m => new SeedImport { Dataset = m, ContentHash = Hash(json), ImportedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Imported {Markers}", string.Join(", ", names));
    }

    /// <summary>A re-curated file (a second reading's corrections, say) reaches a database that imported an earlier
    /// version; the file's marker then records the version the database now holds.</summary>
    async Task CorrectAsync(ISeedDataset dataset, string file, string json, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keptEdits = await dataset.CorrectAsync(db, json, cancellationToken);
        var marker = await db.SeedImports.SingleAsync(i => i.Dataset == file, cancellationToken);
        marker.ContentHash = Hash(json);
        marker.ImportedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var kept in keptEdits)
            logger.LogWarning("{File}: not corrected, an editor has changed it: {Record}", file, kept);
        logger.LogInformation("Corrected {File}", file);
    }

    IEnumerable<(ISeedDataset, string)> Files()
    {
        var names = files.Names.Order(StringComparer.Ordinal).ToList();
        return Ordered(datasets.ToList()).SelectMany(d => names.Where(n => n.StartsWith(d.Resource, StringComparison.Ordinal)).Select(n => (d, n)));
    }

    static IEnumerable<ISeedDataset> Ordered(List<ISeedDataset> all)
    {
        var placed = new List<ISeedDataset>();
        while (placed.Count < all.Count)
        {
            var ready = all.Except(placed).Where(d => d.DependsOn.All(dep => placed.Any(p => p.Resource == dep))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("Seed datasets depend on each other in a cycle.");
            placed.AddRange(ready);
        }
        return placed;
    }

    static string Hash(string json) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
