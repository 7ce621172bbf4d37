using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Rules;
using Rag.Domain.Common;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

/// <summary>A deployment's length, days, the SIP's accreditation for the school's phase and the SIP's willingness
/// to work in the school's region.</summary>
public sealed class SipDeploymentCheck : RecordCheck<SipDeployment>
{
    protected override IQueryable<SipDeployment> Load(RagDbContext db) => db.SipDeployments
        .Include(d => d.Sip).ThenInclude(s => s!.WorkingAreas)
        .Include(d => d.School).ThenInclude(s => s!.LocalAuthority).ThenInclude(la => la!.Region);
    protected override IReadOnlyList<RuleFinding> Check(SipDeployment deployment, DateOnly today) =>
        [.. deployment.Check(today), .. WillingnessRules.Check(deployment)];
}
