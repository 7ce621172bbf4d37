using Rag.Domain.Common;
using Rag.Domain.Grades;

namespace Rag.Domain.Fsi;

/// <summary>"2/15 G": Count of the letter's Of schools held GradeCode before the FSI.</summary>
public class FsiGradeCount : Record
{
    public int FsiLetterId { get; set; }
    public FsiLetter? Letter { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
    public int Count { get; set; }
    public int Of { get; set; }
    public required string Grade { get; set; }
    public int? GradeCodeId { get; set; }
    public GradeCode? GradeCode { get; set; }
}
