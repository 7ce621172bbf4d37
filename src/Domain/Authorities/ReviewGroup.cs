using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>A group an LA convenes to review its schools' progress (Leeds' review groups in 004).</summary>
public class ReviewGroup : Record
{
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}
