using Rag.Domain.Common;
using Rag.Domain.Schools;

namespace Rag.Domain.Sips;

/// <summary>A SIP appointed to a school for a period; an open deployment has no end date.</summary>
public class SipDeployment : Record
{
    public int SipId { get; set; }
    public Sip? Sip { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>Days of SIP challenge and support a year the school is allocated.</summary>
    public double? DaysPerYear { get; set; }

    public IReadOnlyList<RuleFinding> Check(DateOnly today) => DeploymentRules.Check(this, today);
}
