using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A stage of the termly school-improvement cycle a SIP examines (001), with its prompts.</summary>
public class ImprovementStage : Record
{
    /// <summary>The stage's position in the order 001 prints the cycle's boxes, from 1; the circular diagram itself has no start.</summary>
    public int Order { get; set; }
    /// <summary>The stage's heading as printed in 001's cycle diagram (e.g. "The single plan").</summary>
    public required string Name { get; set; }
    /// <summary>What the stage involves; null where 001 gives no description.</summary>
    public string? Description { get; set; }
    /// <summary>The questions 001 prints for the stage.</summary>
    public List<ImprovementPrompt> Prompts { get => field ??= []; set; }
    /// <summary>The SIP visits that examined the stage.</summary>
    public List<Visit> Visits { get => field ??= []; set; }
}
