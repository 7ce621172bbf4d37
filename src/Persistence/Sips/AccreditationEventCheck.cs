using Rag.Persistence.Rules;
using Rag.Domain.Common;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

/// <summary>Whether a lapse or removal names the criterion it was under.</summary>
public sealed class AccreditationEventCheck : RecordCheck<AccreditationEvent>
{
    protected override IQueryable<AccreditationEvent> Load(RagDbContext db) => db.AccreditationEvents;
    protected override IReadOnlyList<RuleFinding> Check(AccreditationEvent accreditationEvent, DateOnly today) => AccreditationRules.Check(accreditationEvent);
}
