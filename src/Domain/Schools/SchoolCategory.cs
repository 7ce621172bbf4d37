using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>One of an LA's own categories for its schools (Leeds' categories 1–5 in 004), with the criteria
/// that put a school in it and the visits it is entitled to.</summary>
public class SchoolCategory : Record
{
    /// <summary>The identifier of the LA whose category it is.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA whose category it is.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The category's number as the LA prints it (Leeds: 1 for outstanding and good schools to 5 for schools in an Ofsted category).</summary>
    public int Number { get; set; }
    /// <summary>The category's name as printed (e.g. "Outstanding/Good Schools").</summary>
    public required string Name { get; set; }

    /// <summary>The criteria that put a school in the category, in printed order.</summary>
    public List<CategoryCriterion> Criteria { get => field ??= []; set; }
    /// <summary>The passages stating the LA visits a school in the category receives, kept even where they disagree.</summary>
    public List<VisitEntitlement> Entitlements { get => field ??= []; set; }
    /// <summary>What a school in the category is expected to do in return, in printed order.</summary>
    public List<CategoryExpectation> Expectations { get => field ??= []; set; }
    /// <summary>The periods schools have spent in the category.</summary>
    public List<SchoolCategorisation> Categorisations { get => field ??= []; set; }
}
