using Rag.Domain.Common;

namespace Rag.Domain.Sips;

/// <summary>003 Appendix J, line 1297: SIPmanager "will only accept the record if the SIP is already shown as
/// willing to work in your region". Rag keeps the record and reports the breach instead.</summary>
public static class WillingnessRules
{
    public const string Source = SourceDocuments.SipGuidance + ":1296-1297";

    /// <summary>Whether the SIP has said they will work in this LA: anywhere in its region, or in the LA itself.</summary>
    public static bool IsWilling(Sip sip, int regionId, int localAuthorityId) =>
        sip.WorkingAreas.Any(a => a.RegionId == regionId && (a.LocalAuthorityId is null || a.LocalAuthorityId == localAuthorityId));

    /// <summary>Needs the deployment's SIP with its working areas and the school with its LA (and the LA's region, for the message).</summary>
    public static IReadOnlyList<RuleFinding> Check(SipDeployment deployment)
    {
        if (deployment.Sip is not { } sip || deployment.School?.LocalAuthority is not { } la) return [];
        if (IsWilling(sip, la.RegionId, la.Id)) return [];
        var region = la.Region?.Name ?? "the LA's region";
        return [new("SIP_NOT_WILLING_TO_WORK_IN_REGION", RuleSeverity.Breach,
            $"{sip.Name} is not shown as willing to work in {region} or in {la.Name}: SIPmanager would only accept an allocation " +
            "if the SIP is already shown as willing to work in the LA's region.", Source)];
    }
}
