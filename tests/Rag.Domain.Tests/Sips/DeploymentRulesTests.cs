using Rag.Domain.Schools;
using Rag.Domain.Sips;

namespace Rag.Domain.Tests.Sips;

public class DeploymentRulesTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    static SipDeployment Deployment(DateOnly start, DateOnly? end = null, double? days = 5) =>
        new() { StartsOn = start, EndsOn = end, DaysPerYear = days };

    [Fact]
    public void ShouldReportADeploymentOverThreeYears()
    {
        var findings = Deployment(new(2020, 9, 1), new(2023, 9, 2)).Check(Today);

        var breach = Assert.Single(findings);
        Assert.Equal("DEPLOYMENT_OVER_THREE_YEARS", breach.Rule);
        Assert.Equal("003_647eae05d11896ce.txt:1076", breach.Source);
    }

    [Fact]
    public void ShouldAcceptExactlyThreeYears() =>
        Assert.Empty(Deployment(new(2020, 9, 1), new(2023, 9, 1)).Check(Today));

    [Fact]
    public void ShouldMeasureAnOpenDeploymentToToday()
    {
        Assert.Contains(Deployment(Today.AddYears(-4)).Check(Today), f => f.Rule == "DEPLOYMENT_OVER_THREE_YEARS");
        Assert.Empty(Deployment(Today.AddYears(-2)).Check(Today));
    }

    [Theory]
    [InlineData(4.5, "DEPLOYMENT_UNDER_RECOMMENDED_DAYS")]
    [InlineData(3, "DEPLOYMENT_UNDER_FOUR_DAYS")]
    public void ShouldWarnWhenDaysAreBelowTheGuidance(double days, string rule)
    {
        var warning = Assert.Single(Deployment(Today.AddYears(-1), days: days).Check(Today));
        Assert.Equal(rule, warning.Rule);
        Assert.Equal(Rag.Domain.Common.RuleSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void ShouldReportASipNotAccreditedForTheSchoolsPhase()
    {
        var deployment = Deployment(Today.AddYears(-1));
        deployment.Sip = new Sip { Name = "A SIP", Sectors = AccreditationSectors.Primary };
        deployment.School = new School { Name = "A school", Phase = SchoolPhase.Secondary };

        Assert.Equal("SIP_NOT_ACCREDITED_FOR_PHASE", Assert.Single(deployment.Check(Today)).Rule);
    }

    [Fact]
    public void ShouldReportAnEndBeforeTheStart() =>
        Assert.Equal("DEPLOYMENT_ENDS_BEFORE_START",
            Assert.Single(Deployment(new(2024, 1, 1), new(2023, 1, 1)).Check(Today)).Rule);
}
