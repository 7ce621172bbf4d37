using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Domain.Sips;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Sips;

/// <summary>A deployment's length, days and the SIP's accreditation for the school's phase.</summary>
public sealed class SipDeploymentCheck : RecordCheck<SipDeployment>
{
    protected override IQueryable<SipDeployment> Load(RagDbContext db) => db.SipDeployments.Include(d => d.Sip).Include(d => d.School);
    protected override IReadOnlyList<RuleFinding> Check(SipDeployment deployment, DateOnly today) => deployment.Check(today);
}
