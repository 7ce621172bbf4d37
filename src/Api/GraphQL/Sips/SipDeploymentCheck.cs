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

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids,
        DateOnly today, CancellationToken cancellationToken) =>
        (await db.SipDeployments.AsNoTracking().Include(d => d.Sip).Include(d => d.School)
            .Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Id, d => d.Check(today));
}
