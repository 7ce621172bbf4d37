using Rag.Domain.Common;
using Rag.Domain.Sips;

namespace Rag.Domain.Authorities;

/// <summary>A National Strategies region as the 2006 SIP guidance (003, Appendix B) groups LAs.</summary>
public class Region : Record
{
    /// <summary>The region's name as printed in 003, Appendix B (e.g. "London 1").</summary>
    public required string Name { get; set; }
    /// <summary>The region's position in 003's Appendix B list, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The LAs 003's Appendix B lists in the region.</summary>
    public List<LocalAuthority> LocalAuthorities { get => field ??= []; set; }
    /// <summary>The SIPs' statements that they are willing to work in the region, or in one LA of it (003 Appendix J).</summary>
    public List<SipWorkingArea> SipWorkingAreas { get => field ??= []; set; }
}
