using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>A step in a SIP's accreditation history: granted, warned, lapsed, removed under a named criterion,
/// restored or reassessed (003 Appendix H).</summary>
public class AccreditationEvent : Record
{
    /// <summary>The identifier of the SIP.</summary>
    public int SipId { get; set; }
    /// <summary>The SIP whose accreditation this is.</summary>
    public Sip? Sip { get; set; }
    /// <summary>What happened.</summary>
    public AccreditationEventKind Kind { get; set; }
    /// <summary>The date it happened (for a lapse, the day three years without practising ran out).</summary>
    public DateOnly OccurredOn { get; set; }
    /// <summary>The identifier of the criterion a lapse or removal was under; null for other events.</summary>
    public int? RemovalCriterionId { get; set; }
    /// <summary>The criterion a lapse or removal was under; null for other events.</summary>
    public RemovalCriterion? RemovalCriterion { get; set; }
    /// <summary>What was decided and by whom, in the recorder's words.</summary>
    public string? Note { get; set; }
}
