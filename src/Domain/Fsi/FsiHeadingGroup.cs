using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

/// <summary>A group of the common headings 002 analyses the letters under ("Personnel", "LA effectiveness").</summary>
public class FsiHeadingGroup : Record
{
    /// <summary>The group's name as printed in 002's list of common headings (e.g. "LA effectiveness").</summary>
    public required string Name { get; set; }
    /// <summary>The group's position in 002's list of common headings, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The headings listed under the group.</summary>
    public List<FsiHeading> Headings { get => field ??= []; set; }
}
