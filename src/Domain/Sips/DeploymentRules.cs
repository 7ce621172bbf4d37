using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>The deployment rules of the 2006 SIP guidance (003). They report; they never refuse or alter data,
/// since a real deployment may break them and the record must still say so.</summary>
public static class DeploymentRules
{
    public const int MaximumYearsWithOneSchool = 3;
    public const double RecommendedDaysPerYear = 5;
    public const double DaysFewLasThinkEnough = 4;

    public static IReadOnlyList<RuleFinding> Check(SipDeployment deployment, DateOnly today)
    {
        var findings = new List<RuleFinding>();
        var end = deployment.EndsOn ?? today;

        if (end < deployment.StartsOn)
            findings.Add(new("DEPLOYMENT_ENDS_BEFORE_START", RuleSeverity.Breach,
                "The deployment ends before it starts.", "Rag"));
        else if (end > deployment.StartsOn.AddYears(MaximumYearsWithOneSchool))
            findings.Add(new("DEPLOYMENT_OVER_THREE_YEARS", RuleSeverity.Breach,
                "A SIP may not be deployed to the same school for more than three years.",
                $"{SourceDocuments.SipGuidance}:1076"));

        if (deployment.DaysPerYear is { } days && days < DaysFewLasThinkEnough)
            findings.Add(new("DEPLOYMENT_UNDER_FOUR_DAYS", RuleSeverity.Warning,
                "Few LAs believe the SIP programme can be delivered in less than four days a year.",
                $"{SourceDocuments.SipGuidance}:300"));
        else if (deployment.DaysPerYear is { } recommended && recommended < RecommendedDaysPerYear)
            findings.Add(new("DEPLOYMENT_UNDER_RECOMMENDED_DAYS", RuleSeverity.Warning,
                "Five days of SIP challenge and support a school is recommended.",
                $"{SourceDocuments.SipGuidance}:300"));

        if (deployment.Sip is { } sip && deployment.School is { } school && !SectorRules.Covers(sip.Sectors, school.Phase))
            findings.Add(new("SIP_NOT_ACCREDITED_FOR_PHASE", RuleSeverity.Breach,
                $"The SIP is not accredited for {school.Phase} schools.",
                $"{SourceDocuments.SipGuidance}:180"));

        return findings;
    }
}
