using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>One of the seven areas in which an LA's readiness to implement the SIP programme is evaluated
/// (003, "Readiness for implementing the primary SIP programme", lines 244-250).</summary>
public class ReadinessArea : Record
{
    /// <summary>The area as 003 words it, e.g. "the quality of SIP reports".</summary>
    public required string Name { get; set; }
    /// <summary>The area's position in 003's list, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The evaluations of LAs in this area.</summary>
    public List<ReadinessEvaluation> Evaluations { get => field ??= []; set; }
}
