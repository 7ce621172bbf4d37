using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Visits;

namespace Rag.Domain.Tests.Visits;

/// <summary>003 line 440: "Over the course of a year, SIP reports on every school should include" lines 442-445.</summary>
public class ReportCoverageRulesTests
{
    static readonly DateOnly Today = new(2008, 7, 1);

    static readonly RequiredCommentary[] Required =
    [
        new() { Id = 1, Order = 1, Label = "Self-evaluation", Text = "a commentary on the quality of the school's self-evaluation", SourceLines = "442" },
        new() { Id = 2, Order = 2, Label = "Priorities, targets and progress", Text = "a commentary on the priorities and targets in the school improvement plan and progress towards achieving them", SourceLines = "443" },
        new() { Id = 3, Order = 3, Label = "Specialisms", Text = "in the case of a specialist school, a commentary on the impact of the specialisms", OnlyForSpecialistSchools = true, SourceLines = "444" },
        new() { Id = 4, Order = 4, Label = "Actions planned and support", Text = "a commentary on the actions that the school has planned to achieve the necessary improvements, and the internal and external support that would help the school achieve success", SourceLines = "445" },
    ];

    static School SchoolWithReports(DateOnly deployedFrom, params (DateOnly On, int[] Covers)[] reports) => new()
    {
        Name = "A school",
        SipDeployments = [new SipDeployment { StartsOn = deployedFrom }],
        Visits = reports.Select(r => new Visit
        {
            Purpose = "SIP visit", VisitedOn = r.On,
            ReportSections = r.Covers.Select(c => new ReportSection { RequiredCommentaryId = c }).ToList(),
        }).ToList(),
    };

    [Fact]
    public void ShouldNameTheCommentaryAYearOfReportsMisses()
    {
        var school = SchoolWithReports(new(2006, 9, 1), (new(2007, 10, 1), [1]), (new(2008, 3, 1), [2]));

        var finding = Assert.Single(ReportCoverageRules.Check(school, Required, Today));

        Assert.Equal("REPORTS_MISS_REQUIRED_COMMENTARY", finding.Rule);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("the internal and external support that would help the school achieve success", finding.Message);
        Assert.Equal("003_647eae05d11896ce.txt:445", finding.Source);
    }

    [Fact]
    public void ShouldNotCountReportsOlderThanTwelveMonths()
    {
        var school = SchoolWithReports(new(2006, 9, 1), (new(2007, 6, 30), [1, 2, 4]), (new(2008, 3, 1), [2, 4]));

        Assert.Equal(["Self-evaluation"], ReportCoverageRules.Missing(school, Required, Today).Select(c => c.Label));
    }

    [Fact]
    public void ShouldRequireTheImpactOfTheSpecialismsOnlyOfASpecialistSchool()
    {
        var school = SchoolWithReports(new(2006, 9, 1), (new(2008, 3, 1), [1, 2, 4]));
        Assert.Empty(ReportCoverageRules.Check(school, Required, Today));

        school.IsSpecialist = true;
        Assert.Equal(["Specialisms"], ReportCoverageRules.Missing(school, Required, Today).Select(c => c.Label));
    }

    [Fact]
    public void ShouldWaitForAYearOfDeploymentBeforeFlagging() =>
        Assert.Empty(ReportCoverageRules.Check(SchoolWithReports(new(2008, 1, 1), (new(2008, 3, 1), [1])), Required, Today));
}
