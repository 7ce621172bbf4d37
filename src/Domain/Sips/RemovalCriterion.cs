using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>One of the four criteria under which a SIP may lose accreditation (003 Appendix H, lines 1231-1236).</summary>
public class RemovalCriterion : Record
{
    /// <summary>The criterion's name as 003 gives it in brackets, e.g. "the conduct criterion".</summary>
    public required string Name { get; set; }
    /// <summary>The criterion as 003 words it.</summary>
    public required string Text { get; set; }
    /// <summary>The criterion's position in 003's list, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The accreditation events recorded under this criterion.</summary>
    public List<AccreditationEvent> Events { get => field ??= []; set; }
}
