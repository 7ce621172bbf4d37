using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A stage of the termly school-improvement cycle a SIP examines (001), with its prompts.</summary>
public class ImprovementStage : Record
{
    public int Order { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<ImprovementPrompt> Prompts { get; set; } = [];
    public List<Visit> Visits { get; set; } = [];
}
