using Rag.Domain.Common;

namespace Rag.Domain.Grades;

/// <summary>An Ofsted grade as the FSI analysis (002) prints it: a plain code (O, G, S, RI, I, CC, SW, SM, NI)
/// or a composite such as "&lt;G" or "S / RI", kept as printed beside its meaning.</summary>
public class GradeCode : Record
{
    public required string Code { get; set; }
    public required string Meaning { get; set; }
    public bool IsComposite { get; set; }

    /// <summary>Best first; composites share the rank of what they are nearest to, null where none fits.</summary>
    public int? Rank { get; set; }
}
