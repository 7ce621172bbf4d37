using Rag.Domain.Common;

namespace Rag.Domain.Grades;

/// <summary>An Ofsted grade as the FSI analysis (002) prints it: a plain code (O, G, S, RI, I, CC, SW, SM, NI)
/// or a composite such as "&lt;G" or "S / RI", kept as printed beside its meaning.</summary>
public class GradeCode : Record
{
    /// <summary>The code as printed in 002's key or letters (e.g. "RI", "&lt;G", "S / RI").</summary>
    public required string Code { get; set; }
    /// <summary>What the code means, in words (e.g. "requires improvement").</summary>
    public required string Meaning { get; set; }
    /// <summary>Whether the code is a composite the letters print (e.g. "&lt;G", "S / RI") rather than one of the nine codes of 002's key.</summary>
    public bool IsComposite { get; set; }

    /// <summary>Best first; composites share the rank of what they are nearest to, null where none fits.</summary>
    public int? Rank { get; set; }

    /// <summary>The school inspections that gave this grade.</summary>
    public List<Schools.Inspection> Inspections { get => field ??= []; set; }

    /// <summary>The FSI letters' before-counts of schools that held this grade.</summary>
    public List<Fsi.FsiGradeCount> GradeCounts { get => field ??= []; set; }

    /// <summary>The FSI letters' transitions that start from this grade.</summary>
    public List<Fsi.FsiGradeTransition> TransitionsFrom { get => field ??= []; set; }

    /// <summary>The FSI letters' transitions that end at this grade.</summary>
    public List<Fsi.FsiGradeTransition> TransitionsTo { get => field ??= []; set; }
}
