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

    public async Task<IReadOnlyList<RuleFinding>> CheckAsync(RagDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        (await db.FsiLetters.AsNoTracking().Include(l => l.GradesBefore).Include(l => l.Transitions)
            .SingleOrDefaultAsync(l => l.Id == id, cancellationToken))?.Reconcile() ?? [];
}
