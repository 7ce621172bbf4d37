using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

/// <summary>Ofsted's letter to an LA after a Focused School Inspection, as analysed in 002.</summary>
public class FsiLetter : Record
{
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }

    /// <summary>The LA's name as the letter's column prints it.</summary>
    public required string PrintedName { get; set; }
    public DateOnly LetterDate { get; set; }
    public string? Reason { get; set; }
    public string? Scope { get; set; }
    public string? Notes { get; set; }

    /// <summary>The number of schools inspected, the N of "2/15 G" as printed.</summary>
    public int SchoolCount { get; set; }

    public List<FsiGradeCount> GradesBefore { get; set; } = [];
    public List<FsiGradeTransition> Transitions { get; set; } = [];
    public List<FsiFinding> Findings { get; set; } = [];

    public IReadOnlyList<RuleFinding> Reconcile() => FsiLetterReconciliation.Check(this);
}
