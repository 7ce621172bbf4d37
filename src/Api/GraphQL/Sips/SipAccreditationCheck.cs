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

    public async Task<IReadOnlyList<RuleFinding>> CheckAsync(RagDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        (await db.Sips.AsNoTracking().Include(s => s.Deployments)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken))?.CheckAccreditation(today) ?? [];
}
