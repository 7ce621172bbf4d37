using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Visits;
using Rag.Persistence.Rules;
using Rag.Persistence.Sips;
using Rag.Testing;

namespace Rag.Persistence.Tests.Sips;

/// <summary>003's SIP programme on a real database: the seeded lists, the rules through the record checks, the
/// lapse service and the allocation summary.</summary>
public abstract class SipProgrammeTests<TDatabase>(TDatabase fixture) : IClassFixture<TDatabase> where TDatabase : SeededDatabase
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ShouldSeedTheSevenAreasFourStatementsFourCommentariesAndFourCriteria()
    {
        var (areas, statements, commentaries, criteria) = await fixture.Database.WithContextAsync(async db => (
            await db.ReadinessAreas.OrderBy(a => a.Order).ToListAsync(), await db.ReadinessStatements.OrderBy(s => s.Order).ToListAsync(),
            await db.RequiredCommentaries.ToListAsync(), await db.RemovalCriteria.OrderBy(c => c.Order).ToListAsync()));

        Assert.Equal(7, areas.Count);
        Assert.Equal([TrafficLight.Green, TrafficLight.Green, TrafficLight.Amber, TrafficLight.Red], statements.Select(s => s.Colour));
        Assert.Equal(4, commentaries.Count);
        Assert.Equal(["the lapsed criterion", "the conduct criterion", "the competence criterion", "the public confidence criterion"], criteria.Select(c => c.Name));
        Assert.All(areas, a => Assert.Equal("003_647eae05d11896ce.txt", a.SourceDocument));
    }

    [Fact]
    public async Task ShouldShowABreachOnAnAllocationOutsideTheRegionsTheSipWorksIn()
    {
        var (deploymentId, _) = await AllocateAsync(willingInOwnRegion: false, startsOn: Today.AddMonths(-1));
        var findings = await CheckAsync(typeof(SipDeployment), deploymentId);
        Assert.Contains(findings, f => f.Rule == "SIP_NOT_WILLING_TO_WORK_IN_REGION");

        var (willingId, _) = await AllocateAsync(willingInOwnRegion: true, startsOn: Today.AddMonths(-1));
        Assert.DoesNotContain(await CheckAsync(typeof(SipDeployment), willingId), f => f.Rule == "SIP_NOT_WILLING_TO_WORK_IN_REGION");
    }

    [Fact]
    public async Task ShouldFlagASchoolWhoseYearOfReportsMissesACommentary()
    {
        var (_, schoolId) = await AllocateAsync(willingInOwnRegion: true, startsOn: Today.AddYears(-2));
        await fixture.Database.WithContextAsync(async db =>
        {
            var school = await db.Schools.Include(s => s.SipDeployments).SingleAsync(s => s.Id == schoolId);
            var covered = await db.RequiredCommentaries.Where(c => c.Order != 4).ToListAsync();
            db.Visits.Add(new Visit
            {
                SipId = school.SipDeployments[0].SipId, SchoolId = schoolId, VisitedOn = Today.AddMonths(-2), LengthDays = 1, Purpose = "Autumn visit",
                ReportSections = covered.Select(c => new ReportSection { RequiredCommentaryId = c.Id }).ToList(),
            });
            await db.SaveChangesAsync();
        });

        var finding = Assert.Single(await CheckAsync(typeof(School), schoolId));
        Assert.Contains("the internal and external support that would help the school achieve success", finding.Message);

        var la = await fixture.Database.WithContextAsync(db => db.Schools.Where(s => s.Id == schoolId).Select(s => s.LocalAuthorityId).SingleAsync());
        var summary = await Queries(q => q.AllocationSummaryAsync(la));
        Assert.Contains(summary!.MissingCommentaries, m => m.SchoolId == schoolId && m.Missing.SequenceEqual(["Actions planned and support"]));
    }

    [Fact]
    public async Task ShouldRecordTheWarningAndLapseOnceEach()
    {
        var sipId = await fixture.Database.WithContextAsync(async db =>
        {
            var sip = new Sip { Name = $"Lapsing SIP {Guid.NewGuid():N}", Sectors = AccreditationSectors.Primary, AccreditedOn = Today.AddYears(-3).AddMonths(-1) };
            db.Sips.Add(sip);
            await db.SaveChangesAsync();
            return sip.Id;
        });

        var first = await Lapses();
        var second = await Lapses();

        Assert.Contains(first.Recorded, r => r.SipId == sipId && r.Kind == AccreditationEventKind.Lapsed);
        Assert.DoesNotContain(second.Recorded, r => r.SipId == sipId);
        var (events, status) = await fixture.Database.WithContextAsync(async db => (
            await db.AccreditationEvents.Include(e => e.RemovalCriterion).Where(e => e.SipId == sipId).ToListAsync(),
            await db.Sips.Where(s => s.Id == sipId).Select(s => s.Status).SingleAsync()));
        Assert.Equal("the lapsed criterion", Assert.Single(events).RemovalCriterion!.Name);
        Assert.Equal(AccreditationStatus.Lapsed, status);
    }

    [Fact]
    public async Task ShouldFindSipsWillingToWorkInARegionWithTheirLoad()
    {
        var (deploymentId, _) = await AllocateAsync(willingInOwnRegion: true, startsOn: Today.AddMonths(-1));
        var (sipId, regionId) = await fixture.Database.WithContextAsync(db => db.SipDeployments.Where(d => d.Id == deploymentId)
            .Select(d => new { d.SipId, d.School!.LocalAuthority!.RegionId }).SingleAsync().ContinueWith(t => (t.Result.SipId, t.Result.RegionId)));

        var found = await Queries(q => q.FindSipsAsync(new SipSearch(AccreditationSectors.Primary, regionId, Status: AccreditationStatus.Accredited)));
        var row = Assert.Single(found, r => r.Id == sipId);
        Assert.Equal(1, row.CurrentLoad);
        Assert.DoesNotContain(await Queries(q => q.FindSipsAsync(new SipSearch(AccreditationSectors.Special, regionId))), r => r.Id == sipId);
    }

    async Task<(int DeploymentId, int SchoolId)> AllocateAsync(bool willingInOwnRegion, DateOnly startsOn) =>
        await fixture.Database.WithContextAsync(async db =>
        {
            var la = await db.LocalAuthorities.OrderBy(l => l.Name).FirstAsync(l => l.Name == "Barnet");
            var otherRegion = await db.Regions.Where(r => r.Id != la.RegionId).Select(r => r.Id).FirstAsync();
            var sip = new Sip
            {
                Name = $"Test SIP {Guid.NewGuid():N}", Sectors = AccreditationSectors.Primary, AccreditedOn = new(2006, 1, 1),
                WorkingAreas = [new SipWorkingArea { RegionId = willingInOwnRegion ? la.RegionId : otherRegion }],
            };
            var school = new School { Name = $"Test school {Guid.NewGuid():N}", LocalAuthorityId = la.Id, Phase = SchoolPhase.Primary };
            var deployment = new SipDeployment { Sip = sip, School = school, StartsOn = startsOn, DaysPerYear = 5 };
            db.SipDeployments.Add(deployment);
            await db.SaveChangesAsync();
            return (deployment.Id, school.Id);
        });

    async Task<IReadOnlyList<Rag.Domain.Common.RuleFinding>> CheckAsync(Type entity, int id)
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        var check = scope.ServiceProvider.GetServices<IRecordCheck>().Single(c => c.Entity == entity);
        return (await check.CheckAsync(db, [id], Today, default))[id];
    }

    async Task<T> Queries<T>(Func<SipProgrammeQueries, Task<T>> query)
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SipProgrammeQueries>());
    }

    async Task<AccreditationLapseRun> Lapses()
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccreditationLapses>().RecordDueAsync();
    }
}

public sealed class SqliteSipProgrammeTests(SeededSqlite fixture) : SipProgrammeTests<SeededSqlite>(fixture);

public sealed class PostgresSipProgrammeTests(SeededPostgres fixture) : SipProgrammeTests<SeededPostgres>(fixture);
