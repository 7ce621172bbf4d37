using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Persistence.Rules;

namespace Rag.Persistence.Schools;

/// <summary>A school's visits this year against its current category's entitlement.</summary>
public sealed class SchoolVisitsCheck : RecordCheck<School>
{
    protected override IQueryable<School> Load(RagDbContext db) => db.Schools
        .Include(s => s.Categorisations)
        .ThenInclude(c => c.SchoolCategory!).ThenInclude(c => c.Entitlements)
        .Include(s => s.Visits);

    protected override IReadOnlyList<RuleFinding> Check(School school, DateOnly today) => VisitEntitlementRules.Check(school, today);
}
