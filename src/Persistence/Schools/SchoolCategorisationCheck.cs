using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Rules;
using Rag.Domain.Common;
using Rag.Domain.Schools;

namespace Rag.Persistence.Schools;

/// <summary>A categorisation's dates and that the category is one of the school's own LA.</summary>
public sealed class SchoolCategorisationCheck : RecordCheck<SchoolCategorisation>
{
    protected override IQueryable<SchoolCategorisation> Load(RagDbContext db) =>
        db.SchoolCategorisations.Include(c => c.School).Include(c => c.SchoolCategory);

    protected override IReadOnlyList<RuleFinding> Check(SchoolCategorisation categorisation, DateOnly today) => categorisation.Check();
}
