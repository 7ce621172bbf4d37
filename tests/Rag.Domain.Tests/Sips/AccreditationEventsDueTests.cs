using Rag.Domain.Common;
using Rag.Domain.Sips;

namespace Rag.Domain.Tests.Sips;

/// <summary>003 lines 1240-1242: "if a person ... does not practise as a SIP for a period of three years,
/// accreditation will automatically lapse", and "The National Strategies will warn any SIP likely to have
/// accreditation removed because of not having practised, six months ahead".</summary>
public class AccreditationEventsDueTests
{
    static Sip SipLastDeployedUntil(DateOnly end) => new()
    {
        Id = 7,
        Name = "A SIP",
        AccreditedOn = new(2006, 1, 1),
        Deployments = [new SipDeployment { StartsOn = new(2006, 9, 1), EndsOn = end }],
    };

    [Fact]
    public void ShouldWarnAfterTwoAndAHalfYearsWithoutDeployment()
    {
        var sip = SipLastDeployedUntil(new(2007, 8, 31));

        Assert.Empty(AccreditationRules.EventsDue(sip, new(2010, 2, 27)));
        var warning = Assert.Single(AccreditationRules.EventsDue(sip, new(2010, 2, 28)));
        Assert.Equal(AccreditationEventKind.Warned, warning.Kind);
        Assert.Equal(new DateOnly(2010, 2, 28), warning.OccurredOn);
        Assert.Equal(7, warning.SipId);
    }

    [Fact]
    public void ShouldRecordTheLapseAfterThreeYearsWithoutDeployment()
    {
        var sip = SipLastDeployedUntil(new(2007, 8, 31));
        sip.AccreditationEvents.Add(new AccreditationEvent { Kind = AccreditationEventKind.Warned, OccurredOn = new(2010, 2, 28) });

        Assert.Empty(AccreditationRules.EventsDue(sip, new(2010, 8, 30)));
        var lapse = Assert.Single(AccreditationRules.EventsDue(sip, new(2010, 8, 31)));
        Assert.Equal(AccreditationEventKind.Lapsed, lapse.Kind);
        Assert.Equal(new DateOnly(2010, 8, 31), lapse.OccurredOn);
    }

    [Fact]
    public void ShouldRecordNothingTwice()
    {
        var sip = SipLastDeployedUntil(new(2007, 8, 31));
        sip.AccreditationEvents.AddRange(AccreditationRules.EventsDue(sip, new(2010, 3, 1)));
        Assert.Empty(AccreditationRules.EventsDue(sip, new(2010, 4, 1)));

        sip.AccreditationEvents.AddRange(AccreditationRules.EventsDue(sip, new(2010, 9, 1)));
        Assert.Empty(AccreditationRules.EventsDue(sip, new(2011, 1, 1)));
    }

    [Fact]
    public void ShouldNotWarnAgainAfterARedeploymentEndsUntilTheNewPeriodRunsOut()
    {
        var sip = SipLastDeployedUntil(new(2007, 8, 31));
        sip.AccreditationEvents.Add(new AccreditationEvent { Kind = AccreditationEventKind.Warned, OccurredOn = new(2010, 2, 28) });
        sip.Deployments.Add(new SipDeployment { StartsOn = new(2010, 4, 1), EndsOn = new(2011, 3, 31) });

        Assert.Empty(AccreditationRules.EventsDue(sip, new(2013, 9, 29)));
        Assert.Equal(AccreditationEventKind.Warned, Assert.Single(AccreditationRules.EventsDue(sip, new(2013, 9, 30))).Kind);
    }

    [Fact]
    public void ShouldRecordNothingForALapsedOrRemovedSip()
    {
        var sip = SipLastDeployedUntil(new(2007, 8, 31));
        sip.Status = AccreditationStatus.Removed;
        Assert.Empty(AccreditationRules.EventsDue(sip, new(2012, 1, 1)));
    }

    [Fact]
    public void ShouldReportARemovalThatNamesNoCriterion()
    {
        // 003 line 1231: "liable to lose his or her accreditation if one or more of four criteria are met".
        var finding = Assert.Single(AccreditationRules.Check(new AccreditationEvent { Kind = AccreditationEventKind.Removed }));
        Assert.Equal(RuleSeverity.Breach, finding.Severity);
        Assert.Empty(AccreditationRules.Check(new AccreditationEvent { Kind = AccreditationEventKind.Removed, RemovalCriterionId = 2 }));
    }
}
