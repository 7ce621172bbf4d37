using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A school's stage of development, 1–4, in the core-offer guidance (001).</summary>
public class DevelopmentStage : Record
{
    /// <summary>The stage's number, 1 to 4, from 001's column headings.</summary>
    public int Number { get; set; }
    /// <summary>The stage's heading as printed (e.g. "Stage 1").</summary>
    public required string Name { get; set; }
    /// <summary>What a school at this stage is doing, as printed in 001's column; null where it gives nothing.</summary>
    public string? Description { get; set; }
}
