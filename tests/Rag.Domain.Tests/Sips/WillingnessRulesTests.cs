using Rag.Domain.Authorities;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Domain.Sips;

namespace Rag.Domain.Tests.Sips;

/// <summary>003 line 1297: SIPmanager "will only accept the record if the SIP is already shown as willing to
/// work in your region".</summary>
public class WillingnessRulesTests
{
    static readonly Region NorthEast = new() { Id = 1, Name = "North East" };
    static readonly LocalAuthority Gateshead = new() { Id = 10, Name = "Gateshead", RegionId = 1, Region = NorthEast };

    static SipDeployment AllocationTo(LocalAuthority la, params SipWorkingArea[] willing) => new()
    {
        Sip = new Sip { Name = "A SIP", Sectors = AccreditationSectors.Primary, WorkingAreas = [.. willing] },
        School = new School { Name = "A school", Phase = SchoolPhase.Primary, LocalAuthorityId = la.Id, LocalAuthority = la },
        StartsOn = new(2007, 1, 1),
    };

    [Fact]
    public void ShouldReportABreachWhenTheSipIsNotShownAsWillingToWorkInTheRegion()
    {
        var finding = Assert.Single(WillingnessRules.Check(AllocationTo(Gateshead, new SipWorkingArea { RegionId = 2 })));

        Assert.Equal("SIP_NOT_WILLING_TO_WORK_IN_REGION", finding.Rule);
        Assert.Equal(RuleSeverity.Breach, finding.Severity);
        Assert.Contains("willing to work in the LA's region", finding.Message);
        Assert.Equal("003_647eae05d11896ce.txt:1296-1297", finding.Source);
    }

    [Fact]
    public void ShouldReportABreachWhenTheSipHasNotSaidWhereTheyWork() =>
        Assert.Single(WillingnessRules.Check(AllocationTo(Gateshead)));

    [Fact]
    public void ShouldAcceptASipWillingToWorkAnywhereInTheRegion() =>
        Assert.Empty(WillingnessRules.Check(AllocationTo(Gateshead, new SipWorkingArea { RegionId = 1 })));

    [Fact]
    public void ShouldAcceptASipWillingToWorkInThatLocalAuthority() =>
        Assert.Empty(WillingnessRules.Check(AllocationTo(Gateshead, new SipWorkingArea { RegionId = 1, LocalAuthorityId = 10 })));

    [Fact]
    public void ShouldReportABreachWhenTheSipWillWorkOnlyInAnotherLocalAuthorityOfTheRegion() =>
        Assert.Single(WillingnessRules.Check(AllocationTo(Gateshead, new SipWorkingArea { RegionId = 1, LocalAuthorityId = 11 })));
}
