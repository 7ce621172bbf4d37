using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Fsi;

/// <summary>The data check of a letter: where its before list and transitions do not add up.</summary>
public sealed class FsiLetterCheck : IRecordCheck
{
    public Type Entity => typeof(FsiLetter);

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids,
        DateOnly today, CancellationToken cancellationToken) =>
        (await db.FsiLetters.AsNoTracking().Include(l => l.GradesBefore).Include(l => l.Transitions)
            .Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken))
            .ToDictionary(l => l.Id, l => l.Reconcile());
}
