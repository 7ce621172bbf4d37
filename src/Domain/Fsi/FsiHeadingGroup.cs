using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

/// <summary>A group of the common headings 002 analyses the letters under ("Personnel", "LA effectiveness").</summary>
public class FsiHeadingGroup : Record
{
    public required string Name { get; set; }
    public int Order { get; set; }
    public List<FsiHeading> Headings { get; set; } = [];
}
