using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>A step of the quality standards' grading scale, best first (rank 1).</summary>
public class DescriptorLevel : Record
{
    public int Rank { get; set; }
    public required string Name { get; set; }
}
