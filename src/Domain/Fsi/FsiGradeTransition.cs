using Rag.Domain.Common;
using Rag.Domain.Grades;

namespace Rag.Domain.Fsi;

/// <summary>"9/15 S → G": Count of the letter's Of schools went from one grade to another.
/// Some labels print no starting grade ("5/14 → RI"); From is then null.</summary>
public class FsiGradeTransition : Record
{
    /// <summary>The identifier of the letter the transition is printed for.</summary>
    public int FsiLetterId { get; set; }
    /// <summary>The letter the transition is printed for.</summary>
    public FsiLetter? Letter { get; set; }
    /// <summary>The transition's position in the letter's list of before → after grades, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The transition as printed (e.g. "9/15 S → G").</summary>
    public required string Label { get; set; }
    /// <summary>How many of the inspected schools went from the one grade to the other (the 9 of "9/15 S → G").</summary>
    public int Count { get; set; }
    /// <summary>The number of inspected schools the count is out of, as printed (the 15 of "9/15 S → G").</summary>
    public int Of { get; set; }
    /// <summary>The grade the schools held before the focused inspection, as printed (e.g. "S"); null where the label prints none.</summary>
    public string? From { get; set; }
    /// <summary>The grade the focused inspection gave the schools, as printed (e.g. "G").</summary>
    public required string To { get; set; }
    /// <summary>The identifier of the grade code the printed starting grade matches; null where there is none or it matches none.</summary>
    public int? FromGradeCodeId { get; set; }
    /// <summary>The grade code the printed starting grade matches, ignoring case and spacing; null where there is none or it matches none.</summary>
    public GradeCode? FromGradeCode { get; set; }
    /// <summary>The identifier of the grade code the printed resulting grade matches; null where it matches none.</summary>
    public int? ToGradeCodeId { get; set; }
    /// <summary>The grade code the printed resulting grade matches, ignoring case and spacing; null where it matches none.</summary>
    public GradeCode? ToGradeCode { get; set; }
}
