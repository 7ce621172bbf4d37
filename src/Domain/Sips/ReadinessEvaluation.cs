using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>An LA's readiness in one area on one date, placed on a best-fit model against one of the four
/// traffic-light statements and reported in the note of visit (003 lines 240-257).</summary>
public class ReadinessEvaluation : Record, IBelongsToLocalAuthority
{
    /// <summary>The identifier of the LA evaluated.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA evaluated.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The date of the evaluation (the visit whose note reports it).</summary>
    public DateOnly EvaluatedOn { get; set; }
    /// <summary>The identifier of the area evaluated.</summary>
    public int ReadinessAreaId { get; set; }
    /// <summary>The area evaluated, one of 003's seven.</summary>
    public ReadinessArea? ReadinessArea { get; set; }
    /// <summary>The identifier of the statement that best fits the LA's position: the rating.</summary>
    public int ReadinessStatementId { get; set; }
    /// <summary>The statement that best fits the LA's position; its colour is the rating (green, amber or red).</summary>
    public ReadinessStatement? ReadinessStatement { get; set; }
    /// <summary>What the note of visit says about the area, e.g. what needs to improve.</summary>
    public string? Note { get; set; }
}
