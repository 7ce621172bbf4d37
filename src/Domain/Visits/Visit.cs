using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Domain.Sips;

namespace Rag.Domain.Visits;

/// <summary>A SIP's visit to a school, with the stage of the improvement cycle (001) it examined.</summary>
public class Visit : Record
{
    public int SipId { get; set; }
    public Sip? Sip { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public DateOnly VisitedOn { get; set; }
    public double LengthDays { get; set; }
    public required string Purpose { get; set; }
    public int? ImprovementStageId { get; set; }
    public ImprovementStage? ImprovementStage { get; set; }
    public string? ReportText { get; set; }
}
