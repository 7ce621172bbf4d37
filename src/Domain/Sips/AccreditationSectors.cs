namespace Rag.Domain.Sips;

/// <summary>The phases a SIP may be accredited for (003 line 180): a SIP serves only schools of these.
/// Secondary accreditation covers pupil referral units deemed secondary.</summary>
[Flags]
public enum AccreditationSectors
{
    None = 0,
    Primary = 1,
    Secondary = 2,
    Special = 4,
}
