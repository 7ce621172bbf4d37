using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Visits;
using Rag.Persistence.Analysis.Sips;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

/// <summary>Works on entered data: three Leeds schools in categories 1, 5 and none, two SIPs, visits this year and last.</summary>
public abstract class SipVisitAnalysisTests(DatabaseProvider provider) : IAsyncLifetime
{
    static readonly DateOnly Today = new(2014, 3, 1);
    TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await database.InitializeAsync();
        await database.WithContextAsync(async db =>
        {
            var leeds = await db.LocalAuthorities.SingleAsync(la => la.Name == "Leeds");
            var categories = await db.SchoolCategories.Where(c => c.LocalAuthorityId == leeds.Id).ToDictionaryAsync(c => c.Number);
            var good = new School { Name = "Good Primary", LocalAuthorityId = leeds.Id, Phase = SchoolPhase.Primary };
            var failing = new School { Name = "Failing Primary", LocalAuthorityId = leeds.Id, Phase = SchoolPhase.Primary };
            var unplaced = new School { Name = "New Primary", LocalAuthorityId = leeds.Id, Phase = SchoolPhase.Primary };
            var steady = new Sip { Name = "A. Steady", Sectors = AccreditationSectors.Primary, AccreditedOn = new(2008, 1, 1), Status = AccreditationStatus.Accredited };
            var idle = new Sip { Name = "B. Idle", Sectors = AccreditationSectors.Primary, AccreditedOn = new(2007, 1, 1), Status = AccreditationStatus.Accredited };
            db.AddRange(good, failing, unplaced, steady, idle);
            db.AddRange(
                new SchoolCategorisation { School = good, SchoolCategoryId = categories[1].Id, StartsOn = new(2013, 9, 1) },
                new SchoolCategorisation { School = failing, SchoolCategoryId = categories[2].Id, StartsOn = new(2012, 9, 1), EndsOn = new(2013, 8, 31) },
                new SchoolCategorisation { School = failing, SchoolCategoryId = categories[5].Id, StartsOn = new(2013, 9, 1) },
                // Open since 2009: over the three-year limit on the day.
                new SipDeployment { Sip = steady, School = failing, StartsOn = new(2009, 9, 1) },
                new SipDeployment { Sip = idle, School = good, StartsOn = new(2007, 9, 1), EndsOn = new(2010, 8, 31) },
                new Visit { Sip = steady, School = failing, VisitedOn = new(2013, 10, 1), LengthDays = 1, Purpose = "Review" },
                new Visit { Sip = steady, School = failing, VisitedOn = new(2014, 1, 15), LengthDays = 0.5, Purpose = "Monitoring" },
                new Visit { Sip = steady, School = failing, VisitedOn = new(2013, 6, 1), LengthDays = 1, Purpose = "Last year" });
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<LaSipVisits> Leeds()
    {
        await using var scope = database.Services.CreateAsyncScope();
        var analysis = scope.ServiceProvider.GetRequiredService<SipVisitAnalysis>();
        return Assert.Single(await analysis.BuildAsync(new SipVisitFilter { Today = Today }));
    }

    [Fact]
    public async Task ShouldCountSchoolsByTheirCategoryOnTheDay()
    {
        var leeds = await Leeds();

        Assert.Equal(3, leeds.Schools);
        Assert.Equal([(1, 1), (5, 1), ((int?)null, 1)], leeds.Categories.Select(c => (c.Number, c.Schools)));
        Assert.Equal((new DateOnly(2013, 9, 1), new DateOnly(2014, 8, 31)), (leeds.YearFrom, leeds.YearTo));
    }

    [Fact]
    public async Task ShouldSetVisitsThisYearAgainstEachCategorysEntitlement()
    {
        var leeds = await Leeds();
        var five = leeds.Categories.Single(c => c.Number == 5);

        // Category 5: "up to 12" half-days a year (004); held 1 day + ½ day = 3 half-days; last June's visit not counted.
        Assert.Equal((12, 3), (five.EntitledHalfDays, five.HeldHalfDays));
        Assert.Equal(1, leeds.Categories.Single(c => c.Number == 1).EntitledHalfDays);
        Assert.Equal((13, 3, 2), (leeds.EntitledHalfDays, leeds.HeldHalfDays, leeds.Visits));
    }

    [Fact]
    public async Task ShouldFlagLongDeploymentsLapsingAccreditationAndCoverage()
    {
        var leeds = await Leeds();

        Assert.Equal(1, leeds.SchoolsWithSip);
        Assert.Equal(1, leeds.DeploymentsOverThreeYears);
        // B. Idle's last deployment ended 31 August 2010: accreditation lapsed on 31 August 2013.
        Assert.Equal(1, leeds.SipsLapsing);
    }
}

public sealed class SqliteSipVisitAnalysisTests() : SipVisitAnalysisTests(DatabaseProvider.Sqlite);

public sealed class PostgresSipVisitAnalysisTests() : SipVisitAnalysisTests(DatabaseProvider.Postgres);
