using Rag.Domain.Authorities;
using Rag.Domain.Fsi;
using Rag.Domain.Grades;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Standards;
using Rag.Domain.Visits;

namespace Rag.Persistence.Catalog;

/// <summary>The entities the graph serves. A line here gives an entity its type, filtering, sorting, paging,
/// batching and (unless read-only) create, update and delete mutations.</summary>
public static class RagEntities
{
    public static readonly EntityDeclaration[] All =
    [
        new(typeof(Region), "regions", "region"),
        new(typeof(RolloutWave), "rolloutWaves", "rolloutWave"),
        new(typeof(LocalAuthority), "localAuthorities", "localAuthority"),
        new(typeof(LocalAuthorityName), "localAuthorityNames", "localAuthorityName"),
        new(typeof(ReviewGroup), "reviewGroups", "reviewGroup"),
        new(typeof(WarningNoticeProcedure), "warningNoticeProcedures", "warningNoticeProcedure"),
        new(typeof(School), "schools", "school"),
        new(typeof(Inspection), "inspections", "inspection"),
        new(typeof(SchoolCategory), "schoolCategories", "schoolCategory"),
        new(typeof(CategoryCriterion), "categoryCriteria", "categoryCriterion"),
        new(typeof(CategoryExpectation), "categoryExpectations", "categoryExpectation"),
        new(typeof(VisitEntitlement), "visitEntitlements", "visitEntitlement"),
        new(typeof(SchoolCategorisation), "schoolCategorisations", "schoolCategorisation"),
        new(typeof(GradeCode), "gradeCodes", "gradeCode"),
        new(typeof(Sip), "sips", "sip"),
        new(typeof(SipDeployment), "sipDeployments", "sipDeployment"),
        new(typeof(Visit), "visits", "visit"),
        new(typeof(SipWorkingArea), "sipWorkingAreas", "sipWorkingArea"),
        new(typeof(AccreditationEvent), "accreditationEvents", "accreditationEvent"),
        new(typeof(RemovalCriterion), "removalCriteria", "removalCriterion"),
        new(typeof(AnnualPerformanceReview), "annualPerformanceReviews", "annualPerformanceReview"),
        new(typeof(ReadinessArea), "readinessAreas", "readinessArea"),
        new(typeof(ReadinessStatement), "readinessStatements", "readinessStatement"),
        new(typeof(ReadinessEvaluation), "readinessEvaluations", "readinessEvaluation"),
        new(typeof(RequiredCommentary), "requiredCommentaries", "requiredCommentary"),
        new(typeof(ReportSection), "reportSections", "reportSection"),
        new(typeof(ImprovementStage), "improvementStages", "improvementStage"),
        new(typeof(ImprovementPrompt), "improvementPrompts", "improvementPrompt"),
        new(typeof(DevelopmentStage), "developmentStages", "developmentStage"),
        new(typeof(DevelopmentPrompt), "developmentPrompts", "developmentPrompt"),
        new(typeof(QualityStandardSet), "qualityStandardSets", "qualityStandardSet"),
        new(typeof(QualityStandard), "qualityStandards", "qualityStandard"),
        new(typeof(DescriptorLevel), "descriptorLevels", "descriptorLevel"),
        new(typeof(QualityDescriptor), "qualityDescriptors", "qualityDescriptor"),
        new(typeof(SelfEvaluation), "selfEvaluations", "selfEvaluation"),
        new(typeof(DataIndicator), "dataIndicators", "dataIndicator"),
        new(typeof(FsiHeadingGroup), "fsiHeadingGroups", "fsiHeadingGroup"),
        new(typeof(FsiHeading), "fsiHeadings", "fsiHeading"),
        new(typeof(FsiLetter), "fsiLetters", "fsiLetter"),
        new(typeof(FsiGradeCount), "fsiGradeCounts", "fsiGradeCount"),
        new(typeof(FsiGradeTransition), "fsiGradeTransitions", "fsiGradeTransition"),
        new(typeof(FsiFinding), "fsiFindings", "fsiFinding"),
    ];
}
