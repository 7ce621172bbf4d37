using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

public class FsiHeading : Record
{
    public required string Name { get; set; }
    public int Order { get; set; }
    public int FsiHeadingGroupId { get; set; }
    public FsiHeadingGroup? Group { get; set; }
    public List<FsiFinding> Findings { get; set; } = [];
}
