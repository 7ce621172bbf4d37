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

    /// <summary>The six-month warning (2½ years undeployed) and the lapse (3 years) as events not yet in the SIP's
    /// history; needs the SIP's deployments and accreditation events. Dated the day each became due, so
    /// running again on any later day adds nothing. A lapse found with no warning recorded before it comes alone:
    /// a warning Rag never gave is not written into the history.</summary>
    public static IReadOnlyList<AccreditationEvent> EventsDue(Sip sip, DateOnly today)
    {
        if (sip.Status != AccreditationStatus.Accredited || LapsesOn(sip) is not { } lapse) return [];
        var warnOn = lapse.AddMonths(-MonthsWarningBeforeLapse);
        bool Recorded(AccreditationEventKind kind) => sip.AccreditationEvents.Any(e => e.Kind == kind && e.OccurredOn >= warnOn);
        if (today >= lapse)
            return Recorded(AccreditationEventKind.Lapsed) ? [] :
                [new() { SipId = sip.Id, Kind = AccreditationEventKind.Lapsed, OccurredOn = lapse,
                    Note = "Accreditation lapsed automatically: no SIP work for three years (003 line 1240)." }];
        if (today >= warnOn && !Recorded(AccreditationEventKind.Warned))
            return [new() { SipId = sip.Id, Kind = AccreditationEventKind.Warned, OccurredOn = warnOn,
                Note = $"Six months' warning: accreditation lapses on {lapse:yyyy-MM-dd} unless the SIP practises (003 line 1242)." }];
        return [];
    }

    /// <summary>003 line 1231: a SIP loses accreditation only if "one or more of four criteria are met", so a
    /// removal names its criterion.</summary>
    public static IReadOnlyList<RuleFinding> Check(AccreditationEvent accreditationEvent) =>
        accreditationEvent is { Kind: AccreditationEventKind.Removed or AccreditationEventKind.Lapsed, RemovalCriterionId: null }
            ? [new("ACCREDITATION_REMOVED_WITHOUT_CRITERION", RuleSeverity.Breach,
                "A SIP loses accreditation only under one of the four criteria: name the criterion.", $"{SourceDocuments.SipGuidance}:1231")]
            : [];
}
