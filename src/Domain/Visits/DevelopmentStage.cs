using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A school's stage of development, 1–4, in the core-offer guidance (001).</summary>
public class DevelopmentStage : Record
{
    public int Number { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}
