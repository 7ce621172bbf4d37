using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Domain.Sips;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Sips;

/// <summary>A deployment's length, days and the SIP's accreditation for the school's phase.</summary>
public sealed class SipDeploymentCheck : IRecordCheck
{
    public Type Entity => typeof(SipDeployment);

    public async Task<IReadOnlyList<RuleFinding>> CheckAsync(RagDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        (await db.SipDeployments.AsNoTracking().Include(d => d.Sip).Include(d => d.School)
            .SingleOrDefaultAsync(d => d.Id == id, cancellationToken))?.Check(today) ?? [];
}
