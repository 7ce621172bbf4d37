using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>One of an LA's own categories for its schools (Leeds' categories 1–5 in 004), with the criteria
/// that put a school in it and the visits it is entitled to.</summary>
public class SchoolCategory : Record
{
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }

    public List<CategoryCriterion> Criteria { get; set; } = [];
    public List<VisitEntitlement> Entitlements { get; set; } = [];
    public List<CategoryExpectation> Expectations { get; set; } = [];
    public List<SchoolCategorisation> Categorisations { get; set; } = [];
}
