using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>A data indicator that goes with the quality standards (000).</summary>
public class DataIndicator : Record
{
    public int Number { get; set; }
    public required string Name { get; set; }
    public string? Phase { get; set; }
    public string? Description { get; set; }
    public List<string> StandardCodes { get; set; } = [];
}
