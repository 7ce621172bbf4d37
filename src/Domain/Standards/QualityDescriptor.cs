using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>What practice at one level of a standard looks like.</summary>
public class QualityDescriptor : Record
{
    public int QualityStandardId { get; set; }
    public QualityStandard? QualityStandard { get; set; }
    public int DescriptorLevelId { get; set; }
    public DescriptorLevel? Level { get; set; }
    public required string Text { get; set; }
}
