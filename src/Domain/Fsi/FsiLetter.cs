using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

/// <summary>Ofsted's letter to an LA after a Focused School Inspection, as analysed in 002.</summary>
public class FsiLetter : Record
{
    /// <summary>The identifier of the LA the letter was written to.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA the letter was written to.</summary>
    public LocalAuthority? LocalAuthority { get; set; }

    /// <summary>The LA's name as the letter's column prints it.</summary>
    public required string PrintedName { get; set; }
    /// <summary>The letter's date, as printed in the FSI analysis.</summary>
    public DateOnly LetterDate { get; set; }
    /// <summary>Why Ofsted carried out the focused inspection, as quoted in 002; null where no reason is given.</summary>
    public string? Reason { get; set; }
    /// <summary>Which of the LA's schools were inspected, as printed (e.g. "Secondary schools only"); null where not stated.</summary>
    public string? Scope { get; set; }
    /// <summary>Further summary figures or remarks 002 prints for the letter (e.g. "Of the 6/33 S/G → I 4/6 → SM 2/6 → SW"); null where there are none.</summary>
    public string? Notes { get; set; }

    /// <summary>The number of schools inspected, the N of "2/15 G" as printed.</summary>
    public int SchoolCount { get; set; }

    /// <summary>How many of the inspected schools held each grade before the focused inspection (e.g. "2/15 G"), in printed order.</summary>
    public List<FsiGradeCount> GradesBefore { get => field ??= []; set; }
    /// <summary>How many of the inspected schools went from each grade to each other grade (e.g. "9/15 S → G"), in printed order.</summary>
    public List<FsiGradeTransition> Transitions { get => field ??= []; set; }
    /// <summary>The judgements quoted from the letter, each under one of 002's common headings.</summary>
    public List<FsiFinding> Findings { get => field ??= []; set; }

    public IReadOnlyList<RuleFinding> Reconcile() => FsiLetterReconciliation.Check(this);
}
