using Rag.Domain.Common;
using Rag.Domain.Visits;

namespace Rag.Domain.Sips;

/// <summary>A School Improvement Partner on the national register.</summary>
public class Sip : Record
{
    public required string Name { get; set; }
    public AccreditationSectors Sectors { get; set; }
    public DateOnly AccreditedOn { get; set; }
    public AccreditationStatus Status { get; set; }

    /// <summary>Why accreditation was removed (003 Appendix H's criteria), when it was.</summary>
    public string? RemovalReason { get; set; }

    public List<SipDeployment> Deployments { get; set; } = [];
    public List<Visit> Visits { get; set; } = [];

    public IReadOnlyList<RuleFinding> CheckAccreditation(DateOnly today) => AccreditationRules.Check(this, today);
}
