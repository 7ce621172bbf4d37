using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>A National Strategies region as the 2006 SIP guidance (003, Appendix B) groups LAs.</summary>
public class Region : Record
{
    public required string Name { get; set; }
    public int Order { get; set; }
    public List<LocalAuthority> LocalAuthorities { get; set; } = [];
}
