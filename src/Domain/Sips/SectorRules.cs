using Rag.Domain.Schools;

namespace Rag.Domain.Sips;

/// <summary>Which phases of school a SIP's accreditation lets the SIP serve (003 line 180).</summary>
public static class SectorRules
{
    /// <summary>003 line 180: a SIP must be accredited for the school's phase; PRUs count with secondary
    /// (the guidance's "secondary (including PRUs)"), middle schools with the phase they are deemed to be,
    /// which the record does not hold, so either primary or secondary accreditation covers them.</summary>
    public static bool Covers(AccreditationSectors sectors, SchoolPhase phase) => phase switch
    {
        SchoolPhase.Nursery or SchoolPhase.Primary => sectors.HasFlag(AccreditationSectors.Primary),
        SchoolPhase.Secondary or SchoolPhase.PupilReferralUnit => sectors.HasFlag(AccreditationSectors.Secondary),
        SchoolPhase.Special => sectors.HasFlag(AccreditationSectors.Special),
        SchoolPhase.Middle => (sectors & (AccreditationSectors.Primary | AccreditationSectors.Secondary)) != 0,
        SchoolPhase.AllThrough => sectors.HasFlag(AccreditationSectors.Primary) && sectors.HasFlag(AccreditationSectors.Secondary),
        _ => false,
    };
}
