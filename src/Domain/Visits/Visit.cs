using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Domain.Sips;

namespace Rag.Domain.Visits;

/// <summary>A SIP's visit to a school, with the stage of the improvement cycle (001) it examined.</summary>
public class Visit : Record, IBelongsToSchool
{
    /// <summary>The identifier of the SIP who made the visit.</summary>
    public int SipId { get; set; }
    /// <summary>The SIP who made the visit.</summary>
    public Sip? Sip { get; set; }
    /// <summary>The identifier of the school visited.</summary>
    public int SchoolId { get; set; }
    /// <summary>The school visited.</summary>
    public School? School { get; set; }
    /// <summary>The date of the visit.</summary>
    public DateOnly VisitedOn { get; set; }
    /// <summary>The visit's length in days (0.5 for a half-day).</summary>
    public double LengthDays { get; set; }
    /// <summary>What the visit was for, as recorded.</summary>
    public required string Purpose { get; set; }
    /// <summary>The identifier of the improvement-cycle stage the visit examined; null where none is recorded.</summary>
    public int? ImprovementStageId { get; set; }
    /// <summary>The stage of the termly improvement cycle (001) the visit examined; null where none is recorded.</summary>
    public ImprovementStage? ImprovementStage { get; set; }
    /// <summary>The text of the SIP's report of the visit; null where none is recorded.</summary>
    public string? ReportText { get; set; }
    /// <summary>The required commentaries (003 line 440) the visit's report gives.</summary>
    public List<ReportSection> ReportSections { get => field ??= []; set; }
}
