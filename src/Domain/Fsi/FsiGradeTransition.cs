using Rag.Domain.Common;
using Rag.Domain.Grades;

namespace Rag.Domain.Fsi;

/// <summary>"9/15 S → G": Count of the letter's Of schools went from one grade to another.
/// Some labels print no starting grade ("5/14 → RI"); From is then null.</summary>
public class FsiGradeTransition : Record
{
    public int FsiLetterId { get; set; }
    public FsiLetter? Letter { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
    public int Count { get; set; }
    public int Of { get; set; }
    public string? From { get; set; }
    public required string To { get; set; }
    public int? FromGradeCodeId { get; set; }
    public GradeCode? FromGradeCode { get; set; }
    public int? ToGradeCodeId { get; set; }
    public GradeCode? ToGradeCode { get; set; }
}
