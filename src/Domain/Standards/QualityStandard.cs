using Rag.Domain.Common;

namespace Rag.Domain.Standards;

public class QualityStandard : Record
{
    /// <summary>"1.1" to "2.5".</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public int QualityStandardSetId { get; set; }
    public QualityStandardSet? Set { get; set; }

    /// <summary>The phases or settings it applies to, as the document names them.</summary>
    public List<string> Phases { get; set; } = [];
    public List<string> Statements { get; set; } = [];
    public List<QualityDescriptor> Descriptors { get; set; } = [];
    public List<SelfEvaluation> SelfEvaluations { get; set; } = [];
}
