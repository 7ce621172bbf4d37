using Rag.Domain.Sips;

namespace Rag.Domain.Tests.Sips;

public class AccreditationRulesTests
{
    static Sip SipLastDeployedUntil(DateOnly? end) => new()
    {
        Name = "A SIP",
        AccreditedOn = new(2015, 1, 1),
        Deployments = end is null ? [] : [new SipDeployment { StartsOn = new(2016, 1, 1), EndsOn = end }],
    };

    [Fact]
    public void ShouldLapseThreeYearsAfterTheLastDeploymentEnded()
    {
        var sip = SipLastDeployedUntil(new(2020, 7, 31));

        Assert.Equal(new DateOnly(2023, 7, 31), AccreditationRules.LapsesOn(sip));
        Assert.Equal("ACCREDITATION_LAPSED", Assert.Single(sip.CheckAccreditation(new(2023, 7, 31))).Rule);
    }

    [Fact]
    public void ShouldWarnSixMonthsBeforeTheLapse()
    {
        var sip = SipLastDeployedUntil(new(2020, 7, 31));

        Assert.Empty(sip.CheckAccreditation(new(2023, 1, 30)));
        Assert.Equal("ACCREDITATION_LAPSE_DUE", Assert.Single(sip.CheckAccreditation(new(2023, 1, 31))).Rule);
    }

    [Fact]
    public void ShouldCountFromAccreditationWhenNeverDeployed() =>
        Assert.Equal(new DateOnly(2018, 1, 1), AccreditationRules.LapsesOn(SipLastDeployedUntil(null)));

    [Fact]
    public void ShouldNotLapseWhileDeployed()
    {
        var sip = SipLastDeployedUntil(null);
        sip.Deployments.Add(new SipDeployment { StartsOn = new(2016, 1, 1) });

        Assert.Null(AccreditationRules.LapsesOn(sip));
        Assert.Empty(sip.CheckAccreditation(new(2030, 1, 1)));
    }

    [Fact]
    public void ShouldNotReportOnARemovedSip()
    {
        var sip = SipLastDeployedUntil(new(2010, 1, 1));
        sip.Status = AccreditationStatus.Removed;

        Assert.Empty(sip.CheckAccreditation(new(2026, 1, 1)));
    }
}
