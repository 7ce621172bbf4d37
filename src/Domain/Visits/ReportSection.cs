using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A section of a visit's report that gives one of the required commentaries (003 line 440): which
/// of them a report covers.</summary>
public class ReportSection : Record, IBelongsToVisit
{
    /// <summary>The identifier of the visit whose report this is.</summary>
    public int VisitId { get; set; }
    /// <summary>The visit whose report has this section.</summary>
    public Visit? Visit { get; set; }
    /// <summary>The identifier of the commentary the section gives.</summary>
    public int RequiredCommentaryId { get; set; }
    /// <summary>The required commentary the section gives.</summary>
    public RequiredCommentary? RequiredCommentary { get; set; }
    /// <summary>The commentary's text, or a summary of it, where recorded.</summary>
    public string? Text { get; set; }
}
