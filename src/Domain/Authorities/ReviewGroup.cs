using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>A group an LA convenes to review its schools' progress (Leeds' review groups in 004).</summary>
public class ReviewGroup : Record
{
    /// <summary>The identifier of the LA that convenes the group.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA that convenes the group.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The group's name as printed (e.g. "Primary Review Group (area based)").</summary>
    public required string Name { get; set; }
    /// <summary>The group's remit, verbatim from the LA's document; null where it gives none.</summary>
    public string? Description { get; set; }
}
