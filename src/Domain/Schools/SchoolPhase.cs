namespace Rag.Domain.Schools;

/// <summary>A school's phase of education.</summary>
public enum SchoolPhase
{
    /// <summary>A nursery school, for children under five.</summary>
    Nursery,
    /// <summary>A primary school (infant, junior or both).</summary>
    Primary,
    /// <summary>A middle school, spanning the primary and secondary ages; deemed primary or secondary.</summary>
    Middle,
    /// <summary>A secondary school.</summary>
    Secondary,
    /// <summary>An all-through school, covering both primary and secondary ages.</summary>
    AllThrough,
    /// <summary>A special school, for pupils with special educational needs.</summary>
    Special,
    /// <summary>A pupil referral unit (PRU), for pupils out of mainstream school; SIP accreditation counts it as secondary.</summary>
    PupilReferralUnit,
}
