using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Rules;
using Rag.Domain.Common;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

/// <summary>Whether a SIP's accreditation has lapsed, or is about to, for want of deployments.</summary>
public sealed class SipAccreditationCheck : RecordCheck<Sip>
{
    protected override IQueryable<Sip> Load(RagDbContext db) => db.Sips.Include(s => s.Deployments);
    protected override IReadOnlyList<RuleFinding> Check(Sip sip, DateOnly today) => sip.CheckAccreditation(today);
}
