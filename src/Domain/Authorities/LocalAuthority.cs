using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Standards;

namespace Rag.Domain.Authorities;

/// <summary>A local authority (LA) of England, as listed in the 2006 SIP guidance's register of LAs by region (003, Appendix B).</summary>
public class LocalAuthority : Record
{
    /// <summary>The name as printed in the register (003, Appendix B).</summary>
    public required string Name { get; set; }

    /// <summary>The identifier of the region the LA belongs to in the 2006 register.</summary>
    public int RegionId { get; set; }
    /// <summary>The region the LA belongs to in the 2006 register.</summary>
    public Region? Region { get; set; }

    /// <summary>The identifier of the primary SIP roll-out wave the LA joined; null where 003 lists it in no wave.</summary>
    public int? RolloutWaveId { get; set; }
    /// <summary>The wave of the primary SIP programme's roll-out the LA joined (003, Appendix A); null where 003 lists it in no wave.</summary>
    public RolloutWave? RolloutWave { get; set; }


    /// <summary>The other spellings of the LA's name that the documents print (e.g. "Bristol City Council" for "Bristol, City of").</summary>
    public List<LocalAuthorityName> AlternativeNames { get => field ??= []; set; }
    /// <summary>The LA's schools recorded in Rag.</summary>
    public List<School> Schools { get => field ??= []; set; }
    /// <summary>The LA's own categories for its schools (e.g. Leeds' categories 1–5 in 004).</summary>
    public List<SchoolCategory> SchoolCategories { get => field ??= []; set; }
    /// <summary>Ofsted's letters to the LA after Focused School Inspections, as analysed in 002.</summary>
    public List<FsiLetter> FsiLetters { get => field ??= []; set; }
    /// <summary>The LA's judgements of itself against the quality standards for LA self-evaluation (000).</summary>
    public List<SelfEvaluation> SelfEvaluations { get => field ??= []; set; }
    /// <summary>The groups the LA convenes to review its schools' progress (e.g. Leeds' review groups in 004).</summary>
    public List<ReviewGroup> ReviewGroups { get => field ??= []; set; }
    /// <summary>The LA's readiness for the primary SIP programme, area by area, as its notes of visit rate it (003 lines 240-257).</summary>
    public List<ReadinessEvaluation> ReadinessEvaluations { get => field ??= []; set; }
    /// <summary>The LA's annual performance reviews of its SIPs (003 Appendix G).</summary>
    public List<AnnualPerformanceReview> AnnualPerformanceReviews { get => field ??= []; set; }
    /// <summary>The SIPs' statements that they are willing to work in this LA alone of its region (003 Appendix J).</summary>
    public List<SipWorkingArea> SipWorkingAreas { get => field ??= []; set; }
    /// <summary>The LA's statutory warning-notice procedure, where a document sets it out (Leeds' in 004); null otherwise.</summary>
    public WarningNoticeProcedure? WarningNoticeProcedure { get; set; }
}
