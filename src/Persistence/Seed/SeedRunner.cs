using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Rag.Persistence.Seed;

/// <summary>Imports each curated data file once, in its own transaction with its marker, so a second start adds
/// nothing and a failed import leaves no half of a file behind.</summary>
public sealed class SeedRunner(RagDbContext db, IEnumerable<ISeedDataset> datasets, TimeProvider clock, ILogger<SeedRunner> logger)
{
    static readonly Assembly Resources = typeof(SeedRunner).Assembly;

    /// <returns>The names of the files imported by this run.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var imported = new List<string>();
        var done = (await db.SeedImports.Select(i => i.Dataset).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var (dataset, file) in Files())
        {
            if (done.Contains(file)) continue;
            var json = Read(file);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await dataset.AddAsync(db, json, cancellationToken);
            db.SeedImports.Add(new SeedImport { Dataset = file, ContentHash = Hash(json), ImportedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            imported.Add(file);
            logger.LogInformation("Imported {File}", file);
        }
        return imported;
    }

    IEnumerable<(ISeedDataset, string)> Files()
    {
        var names = Resources.GetManifestResourceNames().Order(StringComparer.Ordinal).ToList();
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

    static string Read(string resource)
    {
        using var stream = Resources.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    static string Hash(string json) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
