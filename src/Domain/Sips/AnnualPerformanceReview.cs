using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>An LA's annual performance review of one of its SIPs, with the fields of 003's example form
/// (Appendix G, lines 1208-1225).</summary>
public class AnnualPerformanceReview : Record, IBelongsToLocalAuthority
{
    /// <summary>The identifier of the SIP reviewed.</summary>
    public int SipId { get; set; }
    /// <summary>The SIP reviewed ("Name of SIP", line 1211).</summary>
    public Sip? Sip { get; set; }
    /// <summary>The identifier of the LA that holds the review.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA that holds the review and manages the SIP's performance (003 line 230).</summary>
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The date of the review meeting.</summary>
    public DateOnly ReviewedOn { get; set; }
    /// <summary>The SIP manager's name ("SIP manager", line 1211).</summary>
    public required string SipManager { get; set; }
    /// <summary>The names of the SIP's schools ("School names", line 1212).</summary>
    public string? SchoolNames { get; set; }
    /// <summary>The names of their headteachers ("Names of headteachers", line 1212).</summary>
    public string? HeadteacherNames { get; set; }
    /// <summary>"SIP's summary assessment of performance and impact on improving standards in schools" (line 1213).</summary>
    public string? PerformanceAndImpact { get; set; }
    /// <summary>"SIP's summary of challenges/difficulties faced" (line 1215).</summary>
    public string? ChallengesFaced { get; set; }
    /// <summary>"Feedback from headteachers/governors", collated by the SIP manager (lines 1217-1218).</summary>
    public string? FeedbackFromHeadteachersAndGovernors { get; set; }
    /// <summary>"Action/recommendations agreed" (line 1220).</summary>
    public string? ActionsAgreed { get; set; }
    /// <summary>The training needs identified, as part of the actions agreed (line 1221).</summary>
    public string? TrainingNeeds { get; set; }
    /// <summary>The SIP's signature: the name signed ("SIP signature and date", line 1223); null until signed.</summary>
    public string? SipSignature { get; set; }
    /// <summary>The date the SIP signed ("SIP signature and date", line 1223); null until signed.</summary>
    public DateOnly? SipSignedOn { get; set; }
    /// <summary>The SIP manager's signature: the name signed ("SIP manager signature and date", line 1225); null until signed.</summary>
    public string? ManagerSignature { get; set; }
    /// <summary>The date the SIP manager signed ("SIP manager signature and date", line 1225); null until signed.</summary>
    public DateOnly? ManagerSignedOn { get; set; }
}
