using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Domain.Sips;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Sips;

/// <summary>Whether a SIP's accreditation has lapsed, or is about to, for want of deployments.</summary>
public sealed class SipAccreditationCheck : IRecordCheck
{
    public Type Entity => typeof(Sip);

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids,
        DateOnly today, CancellationToken cancellationToken) =>
        (await db.Sips.AsNoTracking().Include(s => s.Deployments)
            .Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.CheckAccreditation(today));
}
