using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>One of the two dashboard ratings of 000 (1: impact on standards, 2: risk management and
/// intervention), each a set of five quality standards.</summary>
public class QualityStandardSet : Record
{
    public int Number { get; set; }
    public required string Title { get; set; }
    public List<QualityStandard> Standards { get; set; } = [];
}
