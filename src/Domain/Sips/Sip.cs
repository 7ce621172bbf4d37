using Rag.Domain.Common;
using Rag.Domain.Visits;

namespace Rag.Domain.Sips;

/// <summary>A School Improvement Partner on the national register.</summary>
public class Sip : Record
{
    /// <summary>The SIP's name as on the register.</summary>
    public required string Name { get; set; }
    /// <summary>The phases the SIP is accredited for: primary, secondary (including PRUs), special, or a combination.</summary>
    public AccreditationSectors Sectors { get; set; }
    /// <summary>The date the SIP was accredited.</summary>
    public DateOnly AccreditedOn { get; set; }
    /// <summary>Whether the SIP's accreditation stands, has lapsed or has been removed.</summary>
    public AccreditationStatus Status { get; set; }

    /// <summary>Why accreditation was removed (003 Appendix H's criteria), when it was.</summary>
    public string? RemovalReason { get; set; }

    /// <summary>The SIP's appointments to schools, past and present.</summary>
    public List<SipDeployment> Deployments { get => field ??= []; set; }
    /// <summary>The SIP's visits to schools.</summary>
    public List<Visit> Visits { get => field ??= []; set; }
    /// <summary>The regions and LAs the SIP has said they are willing to work in (003 Appendix J).</summary>
    public List<SipWorkingArea> WorkingAreas { get => field ??= []; set; }
    /// <summary>The SIP's accreditation history: granted, warned, lapsed, removed, restored, reassessed.</summary>
    public List<AccreditationEvent> AccreditationEvents { get => field ??= []; set; }
    /// <summary>The LAs' annual performance reviews of the SIP (003 Appendix G).</summary>
    public List<AnnualPerformanceReview> PerformanceReviews { get => field ??= []; set; }

    public IReadOnlyList<RuleFinding> CheckAccreditation(DateOnly today) => AccreditationRules.Check(this, today);
}
