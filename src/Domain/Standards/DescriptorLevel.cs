using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>A step of the quality standards' grading scale, best first (rank 1).</summary>
public class DescriptorLevel : Record
{
    /// <summary>The level's place on the scale: 1 for the best (Outstanding) to 4 for the worst.</summary>
    public int Rank { get; set; }
    /// <summary>The level's name as printed in the column headings of 000's self-evaluation tables (e.g. "Requires some improvement").</summary>
    public required string Name { get; set; }

    /// <summary>The descriptors of practice at this level, across the standards.</summary>
    public List<QualityDescriptor> Descriptors { get => field ??= []; set; }

    /// <summary>The LA self-evaluations that judged practice to be at this level.</summary>
    public List<SelfEvaluation> SelfEvaluations { get => field ??= []; set; }
}
