using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>003 Appendix H, lines 1238-1242: accreditation lapses after three years without practising as a
/// SIP, and the SIP is warned six months before.</summary>
public static class AccreditationRules
{
    public const int YearsUndeployedBeforeLapse = 3;
    public const int MonthsWarningBeforeLapse = 6;

    /// <summary>The day accreditation lapses: three years after the last deployment ended (or after
    /// accreditation, if never deployed); null while a deployment is open.</summary>
    public static DateOnly? LapsesOn(Sip sip)
    {
        if (sip.Deployments.Any(d => d.EndsOn is null)) return null;
        var lastPractised = sip.Deployments.Select(d => d.EndsOn!.Value).DefaultIfEmpty(sip.AccreditedOn).Max();
        return (lastPractised > sip.AccreditedOn ? lastPractised : sip.AccreditedOn).AddYears(YearsUndeployedBeforeLapse);
    }

    public static IReadOnlyList<RuleFinding> Check(Sip sip, DateOnly today)
    {
        if (sip.Status != AccreditationStatus.Accredited || LapsesOn(sip) is not { } lapse) return [];
        var source = $"{SourceDocuments.SipGuidance}:1240-1242";
        if (today >= lapse)
            return [new("ACCREDITATION_LAPSED", RuleSeverity.Breach,
                $"Accreditation lapsed on {lapse:yyyy-MM-dd}: no SIP work for three years.", source)];
        if (today >= lapse.AddMonths(-MonthsWarningBeforeLapse))
            return [new("ACCREDITATION_LAPSE_DUE", RuleSeverity.Warning,
                $"Accreditation lapses on {lapse:yyyy-MM-dd} unless the SIP is deployed: warn the SIP now.", source)];
        return [];
    }
}
