using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Schools;

/// <summary>The import's data check of a category: where its visit passages contradict each other.</summary>
public sealed class SchoolCategoryCheck : RecordCheck<SchoolCategory>
{
    protected override IQueryable<SchoolCategory> Load(RagDbContext db) => db.SchoolCategories.Include(c => c.Entitlements).Include(c => c.LocalAuthority);
    protected override IReadOnlyList<RuleFinding> Check(SchoolCategory category, DateOnly today) => EntitlementRules.Check(category);
}
