using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

/// <summary>One of the common headings 002 analyses the FSI letters under (e.g. "LA - use of data"), which group its findings.</summary>
public class FsiHeading : Record
{
    /// <summary>The heading as printed in 002's list of common headings (e.g. "LA - knowing schools").</summary>
    public required string Name { get; set; }
    /// <summary>The heading's position in 002's whole list of common headings, from 1, running on across groups.</summary>
    public int Order { get; set; }
    /// <summary>The identifier of the group the heading is listed under.</summary>
    public int FsiHeadingGroupId { get; set; }
    /// <summary>The group the heading is listed under (e.g. "Personnel").</summary>
    public FsiHeadingGroup? Group { get; set; }
    /// <summary>The findings quoted under the heading, from all the letters.</summary>
    public List<FsiFinding> Findings { get => field ??= []; set; }
}
