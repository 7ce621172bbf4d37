using Rag.Domain.Common;
using Rag.Domain.Grades;

namespace Rag.Domain.Fsi;

/// <summary>"2/15 G": Count of the letter's Of schools held GradeCode before the FSI.</summary>
public class FsiGradeCount : Record
{
    /// <summary>The identifier of the letter the count is printed for.</summary>
    public int FsiLetterId { get; set; }
    /// <summary>The letter the count is printed for.</summary>
    public FsiLetter? Letter { get; set; }
    /// <summary>The count's position in the letter's list of grades before, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The count as printed (e.g. "2/15 G").</summary>
    public required string Label { get; set; }
    /// <summary>How many of the inspected schools held the grade before the focused inspection (the 2 of "2/15 G").</summary>
    public int Count { get; set; }
    /// <summary>The number of inspected schools the count is out of, as printed (the 15 of "2/15 G").</summary>
    public int Of { get; set; }
    /// <summary>The grade the schools held before the focused inspection, as printed (e.g. "S", "&lt;G").</summary>
    public required string Grade { get; set; }
    /// <summary>The identifier of the grade code the printed grade matches; null where it matches none.</summary>
    public int? GradeCodeId { get; set; }
    /// <summary>The grade code the printed grade matches, ignoring case and spacing; null where it matches none.</summary>
    public GradeCode? GradeCode { get; set; }
}
