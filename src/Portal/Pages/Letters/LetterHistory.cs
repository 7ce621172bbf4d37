using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Auditing;

namespace Rag.Portal.Pages.Letters;

/// <summary>A letter's history: its own changes and those of its before list, transitions and findings, deleted
/// or moved rows included (their audit entries carry the letter's id as <c>fsiLetterId</c>).</summary>
public sealed class LetterHistory(RagDbContext db)
{
    const int PageSize = 50;
    static readonly string[] Parts = [nameof(FsiGradeCount), nameof(FsiGradeTransition), nameof(FsiFinding)];

    public async Task<AuditPage> OfAsync(int letterId, int page, CancellationToken cancellationToken = default)
    {
        var parts = (await db.FsiGradeCounts.Where(c => c.FsiLetterId == letterId).Select(c => c.Id).ToListAsync(cancellationToken)).Select(i => (nameof(FsiGradeCount), i))
            .Concat((await db.FsiGradeTransitions.Where(t => t.FsiLetterId == letterId).Select(t => t.Id).ToListAsync(cancellationToken)).Select(i => (nameof(FsiGradeTransition), i)))
            .Concat((await db.FsiFindings.Where(f => f.FsiLetterId == letterId).Select(f => f.Id).ToListAsync(cancellationToken)).Select(i => (nameof(FsiFinding), i)))
            .ToHashSet();
        var letter = letterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The trail keeps each entry's changes as JSON text, so the parts' entries are matched here, not in SQL.
        var entries = (await db.AuditEntries.AsNoTracking()
                .Where(e => (e.Entity == nameof(FsiLetter) && e.RecordId == letterId) || Parts.Contains(e.Entity))
                .OrderByDescending(e => e.Id).ToListAsync(cancellationToken))
            .Where(e => e.Entity == nameof(FsiLetter) || parts.Contains((e.Entity, e.RecordId))
                        || e.Changes.Any(c => c.Field == "fsiLetterId" && (c.Old == letter || c.New == letter)))
            .ToList();
        page = Math.Max(1, page);
        return new AuditPage(entries.Skip((page - 1) * PageSize).Take(PageSize).ToList(), entries.Count, page, PageSize);
    }
}
