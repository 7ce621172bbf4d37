using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>What practice at one level of a standard looks like.</summary>
public class QualityDescriptor : Record
{
    /// <summary>The identifier of the standard the descriptor belongs to.</summary>
    public int QualityStandardId { get; set; }
    /// <summary>The standard the descriptor belongs to.</summary>
    public QualityStandard? QualityStandard { get; set; }
    /// <summary>The identifier of the level the descriptor describes.</summary>
    public int DescriptorLevelId { get; set; }
    /// <summary>The level of the grading scale the descriptor describes (e.g. "Good").</summary>
    public DescriptorLevel? Level { get; set; }
    /// <summary>The descriptor, verbatim from 000.</summary>
    public required string Text { get; set; }
}
