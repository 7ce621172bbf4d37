using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A commentary that, over the course of a year, SIP reports on every school should include
/// (003 "SIPs' reports of their work with schools", lines 440-445).</summary>
public class RequiredCommentary : Record
{
    /// <summary>The commentary as 003 words it, e.g. "a commentary on the quality of the school's self-evaluation".</summary>
    public required string Text { get; set; }
    /// <summary>A short name for lists and findings, e.g. "self-evaluation".</summary>
    public required string Label { get; set; }
    /// <summary>Whether it is required only of a specialist school's reports (the impact of the specialisms, line 444).</summary>
    public bool OnlyForSpecialistSchools { get; set; }
    /// <summary>The commentary's position in 003's list, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The report sections that cover this commentary.</summary>
    public List<ReportSection> ReportSections { get => field ??= []; set; }
}
