using Rag.Domain.Common;
using Rag.Domain.Schools;

namespace Rag.Domain.Sips;

/// <summary>A SIP appointed to a school for a period; an open deployment has no end date.</summary>
public class SipDeployment : Record, IBelongsToSchool
{
    /// <summary>The identifier of the deployed SIP.</summary>
    public int SipId { get; set; }
    /// <summary>The deployed SIP.</summary>
    public Sip? Sip { get; set; }
    /// <summary>The identifier of the school the SIP is deployed to.</summary>
    public int SchoolId { get; set; }
    /// <summary>The school the SIP is deployed to.</summary>
    public School? School { get; set; }
    /// <summary>The date the deployment began.</summary>
    public DateOnly StartsOn { get; set; }
    /// <summary>The date the deployment ended; null while it is open.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>Days of SIP challenge and support a year the school is allocated.</summary>
    public double? DaysPerYear { get; set; }

    public IReadOnlyList<RuleFinding> Check(DateOnly today) => DeploymentRules.Check(this, today);
}
