using Microsoft.EntityFrameworkCore;

namespace Rag.Persistence.Auditing;

/// <summary>Which audit entries to show: by user, record type, record and date (inclusive, UTC days). <c>Before</c>
/// keeps only entries older than that entry id, for cursor paging (GraphQL's <c>auditTrail(after:)</c>).</summary>
public sealed record AuditFilter(string? User = null, string? Entity = null, int? RecordId = null, DateOnly? From = null, DateOnly? To = null,
    int Page = 1, int PageSize = 50, long? Before = null);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads the audit trail, newest first: a record's History tab, the Admin's trail and GraphQL's
/// <c>history</c> all ask here.</summary>
public sealed class AuditQuery(RagDbContext db)
{
    public async Task<AuditPage> FindAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User)) entries = entries.Where(e => e.User == filter.User.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Entity)) entries = entries.Where(e => e.Entity == filter.Entity);
        if (filter.RecordId is int id) entries = entries.Where(e => e.RecordId == id);
        if (filter.From is DateOnly from) entries = entries.Where(e => e.At >= from.ToDateTime(TimeOnly.MinValue));
        if (filter.To is DateOnly to) entries = entries.Where(e => e.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var size = Math.Clamp(filter.PageSize, 1, 500);
        if (filter.Before is long before)
        {
            var total = await entries.CountAsync(cancellationToken);
            var older = await entries.Where(e => e.Id < before).OrderByDescending(e => e.Id).Take(size).ToListAsync(cancellationToken);
            return new AuditPage(older, total, 1, size);
        }
        var page = Math.Max(1, filter.Page);
        var count = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new AuditPage(rows, count, page, size);
    }

    /// <summary>The people who have changed records, for the filter's picker.</summary>
    public Task<List<string>> UsersAsync(CancellationToken cancellationToken = default) =>
        db.AuditEntries.Select(e => e.User).Distinct().OrderBy(u => u).ToListAsync(cancellationToken);

    /// <summary>The histories of many records of one type at once, for GraphQL's batched <c>history</c> field.</summary>
    public async Task<ILookup<int, AuditEntry>> OfRecordsAsync(string entity, IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        (await db.AuditEntries.AsNoTracking().Where(e => e.Entity == entity && ids.Contains(e.RecordId)).OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken)).ToLookup(e => e.RecordId);
}
