using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>A region, or one LA in it, where a SIP has said they are willing to work. SIPmanager's "Find a SIP"
/// searched by this, and it accepted an allocation only where the SIP was shown as willing to work in the LA's
/// region (003 Appendix J, lines 1296-1297). It is the SIP's statement, not an LA's record: editors keep it, LA
/// editors search by it but may not change it.</summary>
public class SipWorkingArea : Record
{
    /// <summary>The identifier of the SIP.</summary>
    public int SipId { get; set; }
    /// <summary>The SIP willing to work here.</summary>
    public Sip? Sip { get; set; }
    /// <summary>The identifier of the region.</summary>
    public int RegionId { get; set; }
    /// <summary>The region the SIP is willing to work in.</summary>
    public Region? Region { get; set; }
    /// <summary>The identifier of the one LA in the region the SIP will work in; null for the whole region.</summary>
    public int? LocalAuthorityId { get; set; }
    /// <summary>The one LA in the region the SIP will work in; null when the SIP will work anywhere in the region.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
}
