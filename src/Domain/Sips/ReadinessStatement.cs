using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>One of the four traffic-light statements an LA's readiness is placed against on a best-fit model
/// (003 lines 252-257; defined further in Appendix C, lines 904-959).</summary>
public class ReadinessStatement : Record
{
    /// <summary>The statement as 003 prints it, e.g. "preparation for the implementation of the SIP programme is good".</summary>
    public required string Text { get; set; }
    /// <summary>The statement's short name: outstanding, good, some improvement or substantial improvement.</summary>
    public required string Label { get; set; }
    /// <summary>The colour 003 codes the statement with.</summary>
    public TrafficLight Colour { get; set; }
    /// <summary>The statement's position in 003's list, from 1 (outstanding) to 4 (substantial improvement).</summary>
    public int Order { get; set; }
    /// <summary>The evaluations that placed an LA's area against this statement.</summary>
    public List<ReadinessEvaluation> Evaluations { get => field ??= []; set; }
}
