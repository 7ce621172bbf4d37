using Rag.Domain.Common;
using Rag.Domain.Schools;

namespace Rag.Domain.Visits;

/// <summary>003 line 440: "Over the course of a year, SIP reports on every school should include" the four
/// commentaries of lines 442-445 (the specialisms only for a specialist school).</summary>
public static class ReportCoverageRules
{
    public const string Rule = "REPORTS_MISS_REQUIRED_COMMENTARY";

    /// <summary>Whether the rule applies: a SIP has been deployed to the school for the whole of the last 12
    /// months, so a year of reports is due.</summary>
    public static bool Applies(School school, DateOnly today) =>
        school.SipDeployments.Any(d => d.StartsOn <= today.AddYears(-1) && (d.EndsOn is null || d.EndsOn >= today));

    /// <summary>The required commentaries no report of the last 12 months gives.</summary>
    public static IReadOnlyList<RequiredCommentary> Missing(School school, IEnumerable<RequiredCommentary> required, DateOnly today)
    {
        if (!Applies(school, today)) return [];
        var since = today.AddYears(-1);
        var covered = school.Visits.Where(v => v.VisitedOn > since && v.VisitedOn <= today)
            .SelectMany(v => v.ReportSections).Select(s => s.RequiredCommentaryId).ToHashSet();
        return required.Where(c => (school.IsSpecialist || !c.OnlyForSpecialistSchools) && !covered.Contains(c.Id))
            .OrderBy(c => c.Order).ToList();
    }

    /// <summary>Needs the school's deployments and its visits with their report sections.</summary>
    public static IReadOnlyList<RuleFinding> Check(School school, IEnumerable<RequiredCommentary> required, DateOnly today) =>
        Missing(school, required, today).Select(c => new RuleFinding(Rule, RuleSeverity.Warning,
            $"No SIP report on the school in the 12 months to {today:yyyy-MM-dd} includes {c.Text}.",
            $"{SourceDocuments.SipGuidance}:{c.SourceLines ?? "440-445"}")).ToList();
}
