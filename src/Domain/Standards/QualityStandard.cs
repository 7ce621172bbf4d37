using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>One quality standard for an LA's school-improvement service (000), with its statements and its descriptors at each level.</summary>
public class QualityStandard : Record
{
    /// <summary>"1.1" to "2.5".</summary>
    public required string Code { get; set; }
    /// <summary>The standard's title as printed in 000's dashboard list.</summary>
    public required string Title { get; set; }
    /// <summary>The identifier of the set the standard belongs to.</summary>
    public int QualityStandardSetId { get; set; }
    /// <summary>The set (one of 000's two dashboard ratings) the standard belongs to.</summary>
    public QualityStandardSet? Set { get; set; }

    /// <summary>The phases or settings it applies to, as the document names them.</summary>
    public List<string> Phases { get; set; } = [];
    /// <summary>What the LA does to meet the standard, one statement each, as printed under "The LA:".</summary>
    public List<string> Statements { get; set; } = [];
    /// <summary>The descriptors of practice at each level of the grading scale for this standard.</summary>
    public List<QualityDescriptor> Descriptors { get => field ??= []; set; }
    /// <summary>LAs' judgements of themselves against this standard.</summary>
    public List<SelfEvaluation> SelfEvaluations { get => field ??= []; set; }
}
