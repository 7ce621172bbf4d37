using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A question a SIP uses to examine one stage of the termly school-improvement cycle, as printed in 001.</summary>
public class ImprovementPrompt : Record
{
    /// <summary>The identifier of the stage the question belongs to.</summary>
    public int ImprovementStageId { get; set; }
    /// <summary>The stage of the improvement cycle the question belongs to.</summary>
    public ImprovementStage? ImprovementStage { get; set; }
    /// <summary>The question's position among the stage's printed questions, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The question, verbatim from 001.</summary>
    public required string Text { get; set; }
}
