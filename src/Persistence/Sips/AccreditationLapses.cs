using Microsoft.EntityFrameworkCore;
using Rag.Domain.Sips;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;

namespace Rag.Persistence.Sips;

/// <summary>Records the six-month warnings and the lapses that 003 Appendix H (lines 1240-1242) makes due, as
/// accreditation events, and sets a lapsed SIP's status. Everything goes through the editing core, so it is
/// stamped and audited as whoever runs it (a portal user on the SIP programme pages, or "system"). Idempotent:
/// an event already in the history is not added again.</summary>
public sealed class AccreditationLapses(RagDbContext db, RecordEditor editor, EntityCatalog catalog, TimeProvider clock)
{
    /// <returns>The events recorded by this run, or the errors the core gave.</returns>
    public async Task<AccreditationLapseRun> RecordDueAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sips = await db.Sips.AsNoTracking().Where(s => s.Status == AccreditationStatus.Accredited)
            .Include(s => s.Deployments).Include(s => s.AccreditationEvents).ToListAsync(cancellationToken);
        var lapsedCriterion = await db.RemovalCriteria.Where(c => c.Order == 1).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var recorded = new List<RecordedAccreditationEvent>();
        var errors = new List<string>();
        foreach (var sip in sips)
            foreach (var due in AccreditationRules.EventsDue(sip, today))
            {
                var saved = await editor.CreateAsync(catalog[typeof(AccreditationEvent)], new Dictionary<string, object?>
                {
                    ["sipId"] = sip.Id, ["kind"] = due.Kind, ["occurredOn"] = due.OccurredOn, ["note"] = due.Note,
                    ["removalCriterionId"] = due.Kind == AccreditationEventKind.Lapsed ? lapsedCriterion : null,
                }, cancellationToken);
                if (saved.Succeeded && due.Kind == AccreditationEventKind.Lapsed)
                    saved = await editor.UpdateAsync(catalog[typeof(Sip)], sip.Id, sip.Version,
                        new Dictionary<string, object?> { ["status"] = AccreditationStatus.Lapsed }, cancellationToken);
                if (saved.Succeeded) recorded.Add(new(sip.Id, sip.Name, due.Kind, due.OccurredOn));
                else errors.AddRange(saved.Errors.Select(e => $"{sip.Name}: {e.Message}"));
            }
        return new(recorded, errors);
    }
}

/// <summary>What one run of <see cref="AccreditationLapses"/> recorded.</summary>
public sealed record AccreditationLapseRun(IReadOnlyList<RecordedAccreditationEvent> Recorded, IReadOnlyList<string> Errors);

/// <summary>An accreditation event recorded because it had become due.</summary>
public sealed record RecordedAccreditationEvent(int SipId, string SipName, AccreditationEventKind Kind, DateOnly OccurredOn);
