using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>One of the two dashboard ratings of 000 (1: impact on standards, 2: risk management and
/// intervention), each a set of five quality standards.</summary>
public class QualityStandardSet : Record
{
    /// <summary>The set's number, 1 or 2, as in 000's dashboard.</summary>
    public int Number { get; set; }
    /// <summary>The set's title as printed (e.g. "1. Impact of the LA on raising standards of attainment and progress").</summary>
    public required string Title { get; set; }
    /// <summary>The five quality standards in the set.</summary>
    public List<QualityStandard> Standards { get => field ??= []; set; }
}
