using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Schools;

/// <summary>A categorisation's dates and that the category is one of the school's own LA.</summary>
public sealed class SchoolCategorisationCheck : RecordCheck<SchoolCategorisation>
{
    protected override IQueryable<SchoolCategorisation> Load(RagDbContext db) =>
        db.SchoolCategorisations.Include(c => c.School).Include(c => c.SchoolCategory);

    protected override IReadOnlyList<RuleFinding> Check(SchoolCategorisation categorisation, DateOnly today) => categorisation.Check();
}
