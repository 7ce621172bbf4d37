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

    public async Task<IReadOnlyList<RuleFinding>> CheckAsync(RagDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        (await db.SchoolCategorisations.AsNoTracking().Include(c => c.School).Include(c => c.SchoolCategory)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken))?.Check() ?? [];
}
