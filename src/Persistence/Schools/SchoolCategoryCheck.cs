using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Rules;
using Rag.Domain.Common;
using Rag.Domain.Schools;

namespace Rag.Persistence.Schools;

/// <summary>The import's data check of a category: where its visit passages contradict each other.</summary>
public sealed class SchoolCategoryCheck : RecordCheck<SchoolCategory>
{
    protected override IQueryable<SchoolCategory> Load(RagDbContext db) => db.SchoolCategories.Include(c => c.Entitlements).Include(c => c.LocalAuthority);
    protected override IReadOnlyList<RuleFinding> Check(SchoolCategory category, DateOnly today) => EntitlementRules.Check(category);
}
