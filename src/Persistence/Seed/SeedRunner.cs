using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Rag.Persistence.Seed;

/// <summary>Imports each curated data file once, in its own transaction with its marker, so a second start adds
/// nothing and a failed import leaves no half of a file behind. A file re-curated since its import brings its
/// corrections, where its dataset supports them, to the records nobody has edited.</summary>
public sealed class SeedRunner(RagDbContext db, IEnumerable<ISeedDataset> datasets, SeedFiles files, TimeProvider clock, ILogger<SeedRunner> logger)
{
    /// <returns>The names of the files imported or corrected by this run.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var imported = new List<string>();
        var done = await db.SeedImports.ToDictionaryAsync(i => i.Dataset, i => i.ContentHash, cancellationToken);
        foreach (var (dataset, file) in Files())
        {
            var json = files.Read(file);
            var hash = Hash(json);
            if (done.TryGetValue(file, out var importedHash) && (importedHash == hash || !dataset.Corrects)) continue;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var keptEdits = importedHash is null ? await Import(dataset, file, json, hash, cancellationToken)
                                                 : await Correct(dataset, file, json, hash, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            imported.Add(file);
            foreach (var kept in keptEdits)
                logger.LogWarning("{File}: not corrected, an editor has changed it: {Record}", file, kept);
            logger.LogInformation(importedHash is null ? "Imported {File}" : "Corrected {File}", file);
        }
        return imported;
    }

    async Task<IReadOnlyList<string>> Import(ISeedDataset dataset, string file, string json, string hash, CancellationToken cancellationToken)
    {
        await dataset.AddAsync(db, json, cancellationToken);
        db.SeedImports.Add(new SeedImport { Dataset = file, ContentHash = hash, ImportedAt = clock.GetUtcNow().UtcDateTime });
        return [];
    }

    /// <summary>A re-curated file (a second reading's corrections, say) reaches a database that imported its
    /// earlier version; the marker then records the version the database now holds.</summary>
    async Task<IReadOnlyList<string>> Correct(ISeedDataset dataset, string file, string json, string hash, CancellationToken cancellationToken)
    {
        var keptEdits = await dataset.CorrectAsync(db, json, cancellationToken);
        var marker = await db.SeedImports.SingleAsync(i => i.Dataset == file, cancellationToken);
        marker.ContentHash = hash;
        marker.ImportedAt = clock.GetUtcNow().UtcDateTime;
        return keptEdits;
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
