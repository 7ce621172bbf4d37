using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Schools;

/// <summary>A categorisation's dates and that the category is one of the school's own LA.</summary>
public sealed class SchoolCategorisationCheck : IRecordCheck
{
    public Type Entity => typeof(SchoolCategorisation);

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids,
        DateOnly today, CancellationToken cancellationToken) =>
        (await db.SchoolCategorisations.AsNoTracking().Include(c => c.School).Include(c => c.SchoolCategory)
            .Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, c => c.Check());
}
