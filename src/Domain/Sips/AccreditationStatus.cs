namespace Rag.Domain.Sips;

/// <summary>Where a SIP's accreditation stands.</summary>
public enum AccreditationStatus
{
    /// <summary>Accredited: the SIP may be deployed.</summary>
    Accredited,
    /// <summary>Lapsed after three years without practising as a SIP (003 Appendix H).</summary>
    Lapsed,
    /// <summary>Removed under 003 Appendix H's criteria; the reason is recorded.</summary>
    Removed,
}
