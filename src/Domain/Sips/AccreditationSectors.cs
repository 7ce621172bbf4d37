namespace Rag.Domain.Sips;

/// <summary>The phases a SIP may be accredited for (003 line 180): a SIP serves only schools of these.
/// Secondary accreditation covers pupil referral units deemed secondary.</summary>
[Flags]
public enum AccreditationSectors
{
    /// <summary>Accredited for no phase.</summary>
    None = 0,
    /// <summary>Accredited for primary schools.</summary>
    Primary = 1,
    /// <summary>Accredited for secondary schools, including pupil referral units deemed secondary.</summary>
    Secondary = 2,
    /// <summary>Accredited for special schools.</summary>
    Special = 4,
}
