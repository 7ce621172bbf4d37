using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Infrastructure;

namespace Rag.Persistence.Seed;

/// <summary>What a correction of curated data must respect: records an editor changed, and records a user deleted.</summary>
static class SeedEdits
{
    // The importer saves as the system editor, so its own earlier corrections do not count as edits.
    static readonly string Importer = new SystemEditor().Name;

    /// <summary>Nobody but the importer has changed the record since it was imported.</summary>
    public static bool Unedited(Record record) => record.UpdatedBy is null || record.UpdatedBy == Importer;

    /// <summary>The source lines of the curated records of one type that a user deleted, read from the audit trail,
    /// so a correction never brings one back.</summary>
    public static async Task<HashSet<string>> DeletedSourceLines(RagDbContext db, string entity, CancellationToken cancellationToken)
    {
        var deletions = await db.AuditEntries.Where(e => e.Entity == entity && e.Action == AuditAction.Deleted)
            .Select(e => e.Changes).ToListAsync(cancellationToken);
        var field = CatalogNames.Field(nameof(Record.SourceLines));
        return deletions.SelectMany(c => c).Where(c => c.Field == field && c.Old is not null).Select(c => c.Old!).ToHashSet();
    }
}
