using Rag.Domain.Common;

namespace Rag.Domain.Visits;

public class ImprovementPrompt : Record
{
    public int ImprovementStageId { get; set; }
    public ImprovementStage? ImprovementStage { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}
