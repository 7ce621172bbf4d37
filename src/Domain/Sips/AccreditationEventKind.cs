namespace Rag.Domain.Sips;

/// <summary>What happened to a SIP's accreditation (003 Appendix H, lines 1229-1244).</summary>
public enum AccreditationEventKind
{
    /// <summary>Assessed as competent and entered on the register (line 1231).</summary>
    Granted,
    /// <summary>Warned, six months ahead, that accreditation will lapse for not having practised (line 1242).</summary>
    Warned,
    /// <summary>Lapsed after three years without practising as a SIP: the lapsed criterion (line 1240).</summary>
    Lapsed,
    /// <summary>Removed under the conduct, competence or public confidence criterion (lines 1234-1236).</summary>
    Removed,
    /// <summary>Restored because the records behind a lapse were wrong (line 1242).</summary>
    Restored,
    /// <summary>Reassessed after a lapse, through the procedure for new SIPs (line 1244).</summary>
    Reassessed,
}
