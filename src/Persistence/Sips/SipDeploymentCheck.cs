using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Rules;
using Rag.Domain.Common;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

/// <summary>A deployment's length, days and the SIP's accreditation for the school's phase.</summary>
public sealed class SipDeploymentCheck : RecordCheck<SipDeployment>
{
    protected override IQueryable<SipDeployment> Load(RagDbContext db) => db.SipDeployments.Include(d => d.Sip).Include(d => d.School);
    protected override IReadOnlyList<RuleFinding> Check(SipDeployment deployment, DateOnly today) => deployment.Check(today);
}
