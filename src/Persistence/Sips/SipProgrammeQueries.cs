using Microsoft.EntityFrameworkCore;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Visits;

namespace Rag.Persistence.Sips;

/// <summary>The SIP programme's views as SIPmanager offered them (003 Appendix J) and 003's readiness ratings:
/// each takes a filter and returns plain records for the portal (and any other face) to show.</summary>
public sealed class SipProgrammeQueries(RagDbContext db, TimeProvider clock)
{
    /// <summary>How close to the three-year limit (003 line 1076) a deployment shows as near it.</summary>
    public const int NearLimitMonths = 6;

    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The LAs and regions to choose from, by name.</summary>
    public async Task<(IReadOnlyList<NamedRow> LocalAuthorities, IReadOnlyList<NamedRow> Regions)> ChoicesAsync(CancellationToken cancellationToken = default) =>
        (await db.LocalAuthorities.OrderBy(l => l.Name).Select(l => new NamedRow(l.Id, l.Name)).ToListAsync(cancellationToken),
         await db.Regions.OrderBy(r => r.Order).Select(r => new NamedRow(r.Id, r.Name)).ToListAsync(cancellationToken));

    /// <summary>The LA's readiness in 003's seven areas, one column per evaluation date.</summary>
    public async Task<ReadinessDashboard?> ReadinessAsync(int localAuthorityId, CancellationToken cancellationToken = default)
    {
        if (await db.LocalAuthorities.Where(l => l.Id == localAuthorityId).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken) is not { } name)
            return null;
        var areas = await db.ReadinessAreas.OrderBy(a => a.Order).Select(a => new ReadinessAreaRow(a.Id, a.Order, a.Name)).ToListAsync(cancellationToken);
        var statements = await db.ReadinessStatements.OrderBy(s => s.Order)
            .Select(s => new ReadinessStatementRow(s.Id, s.Label, s.Text, s.Colour)).ToListAsync(cancellationToken);
        var ratings = await db.ReadinessEvaluations.Where(e => e.LocalAuthorityId == localAuthorityId)
            .Select(e => new ReadinessRating(e.Id, e.ReadinessAreaId, e.EvaluatedOn, e.ReadinessStatementId, e.Note))
            .ToListAsync(cancellationToken);
        return new(localAuthorityId, name, areas, statements, ratings.Select(r => r.EvaluatedOn).Distinct().Order().ToList(), ratings);
    }

    /// <summary>SIPs by sector, willingness to work in a region or LA, and accreditation status, with their load.</summary>
    public async Task<IReadOnlyList<SipSearchRow>> FindSipsAsync(SipSearch search, CancellationToken cancellationToken = default)
    {
        var sips = db.Sips.AsNoTracking();
        if (search.Status is { } status) sips = sips.Where(s => s.Status == status);
        if (search.RegionId is { } region)
            sips = sips.Where(s => s.WorkingAreas.Any(a => a.RegionId == region
                && (search.LocalAuthorityId == null || a.LocalAuthorityId == null || a.LocalAuthorityId == search.LocalAuthorityId)));
        else if (search.LocalAuthorityId is { } la)
            sips = sips.Where(s => s.WorkingAreas.Any(a => a.LocalAuthorityId == la
                || (a.LocalAuthorityId == null && db.LocalAuthorities.Any(l => l.Id == la && l.RegionId == a.RegionId))));
        var found = await sips.OrderBy(s => s.Name)
            .Include(s => s.Deployments).Include(s => s.WorkingAreas).ThenInclude(a => a.Region)
            .Include(s => s.WorkingAreas).ThenInclude(a => a.LocalAuthority)
            .Take(500).ToListAsync(cancellationToken);
        return found
            // Sectors are flags, which the providers store as integers: filtered here, on a page of SIPs.
            .Where(s => search.Sector is not { } sector || sector == AccreditationSectors.None || s.Sectors.HasFlag(sector))
            .Select(s => new SipSearchRow(s.Id, s.Name, s.Sectors, s.Status,
                s.WorkingAreas.Select(a => a.LocalAuthority?.Name ?? a.Region?.Name ?? "").Order().ToList(),
                s.Deployments.Count(d => d.EndsOn is null || d.EndsOn >= Today),
                AccreditationRules.LapsesOn(s)))
            .ToList();
    }

    /// <summary>An LA's allocation summary: schools without a SIP, deployments near the three-year limit, SIPs
    /// allocated outside the regions they work in, and
    /// schools whose last year of reports misses a required commentary.</summary>
    public async Task<AllocationSummary?> AllocationSummaryAsync(int localAuthorityId, CancellationToken cancellationToken = default)
    {
        if (await db.LocalAuthorities.Where(l => l.Id == localAuthorityId).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken) is not { } name)
            return null;
        var today = Today;
        var since = today.AddYears(-1);
        var schools = await db.Schools.AsNoTracking().Where(s => s.LocalAuthorityId == localAuthorityId).OrderBy(s => s.Name)
            .Include(s => s.SipDeployments).ThenInclude(d => d.Sip).ThenInclude(sip => sip!.WorkingAreas)
            .Include(s => s.LocalAuthority)
            .Include(s => s.Visits.Where(v => v.VisitedOn > since)).ThenInclude(v => v.ReportSections)
            .ToListAsync(cancellationToken);
        var required = await db.RequiredCommentaries.AsNoTracking().ToListAsync(cancellationToken);
        bool Open(SipDeployment d) => d.StartsOn <= today && (d.EndsOn is null || d.EndsOn >= today);

        var withoutSip = schools.Where(s => !s.SipDeployments.Any(Open)).Select(s => new SchoolRow(s.Id, s.Name, s.Phase)).ToList();
        var nearLimit = schools.SelectMany(s => s.SipDeployments.Where(Open).Select(d => (School: s, Deployment: d)))
            .Select(x => (x.School, x.Deployment, Limit: x.Deployment.StartsOn.AddYears(DeploymentRules.MaximumYearsWithOneSchool)))
            .Where(x => x.Limit <= today.AddMonths(NearLimitMonths))
            .OrderBy(x => x.Limit)
            .Select(x => new NearLimitRow(x.Deployment.Id, x.Deployment.SipId, x.Deployment.Sip?.Name ?? "", x.School.Id, x.School.Name,
                x.Deployment.StartsOn, x.Limit, x.Limit < today))
            .ToList();
        var outsideRegion = schools.SelectMany(s => s.SipDeployments.Where(Open).Where(d => d.Sip is { } sip
                && !WillingnessRules.IsWilling(sip, s.LocalAuthority!.RegionId, s.LocalAuthorityId))
            .Select(d => new OutsideRegionRow(d.Id, d.SipId, d.Sip!.Name, s.Id, s.Name, d.StartsOn))).ToList();
        var missing = schools.Select(s => (School: s, Missing: ReportCoverageRules.Missing(s, required, today)))
            .Where(x => x.Missing.Count > 0)
            .Select(x => new MissingCommentaryRow(x.School.Id, x.School.Name, x.Missing.Select(c => c.Label).ToList(),
                x.School.Visits.Count(v => v.VisitedOn > since && v.VisitedOn <= today)))
            .ToList();
        return new(localAuthorityId, name, today, withoutSip, nearLimit, outsideRegion, missing);
    }

    /// <summary>A SIP's annual performance reviews and accreditation history, newest first.</summary>
    public async Task<SipHistory?> HistoryAsync(int sipId, CancellationToken cancellationToken = default)
    {
        var sip = await db.Sips.AsNoTracking().Where(s => s.Id == sipId)
            .Include(s => s.Deployments).Include(s => s.AccreditationEvents).ThenInclude(e => e.RemovalCriterion)
            .Include(s => s.PerformanceReviews).ThenInclude(r => r.LocalAuthority)
            .FirstOrDefaultAsync(cancellationToken);
        if (sip is null) return null;
        return new(sip.Id, sip.Name, sip.Sectors, sip.Status, sip.AccreditedOn, AccreditationRules.LapsesOn(sip),
            sip.AccreditationEvents.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id)
                .Select(e => new AccreditationEventRow(e.Id, e.Kind, e.OccurredOn, e.RemovalCriterion?.Name, e.Note)).ToList(),
            sip.PerformanceReviews.OrderByDescending(r => r.ReviewedOn)
                .Select(r => new ReviewRow(r.Id, r.ReviewedOn, r.LocalAuthority?.Name ?? "", r.SipManager, r.SchoolNames, r.PerformanceAndImpact,
                    r.ChallengesFaced, r.FeedbackFromHeadteachersAndGovernors, r.ActionsAgreed, r.TrainingNeeds,
                    r.SipSignature, r.SipSignedOn, r.ManagerSignature, r.ManagerSignedOn)).ToList(),
            sip.CheckAccreditation(Today).Select(f => f.Message).ToList());
    }
}

public sealed record NamedRow(int Id, string Name);
public sealed record SipSearch(AccreditationSectors? Sector = null, int? RegionId = null, int? LocalAuthorityId = null, AccreditationStatus? Status = null);
public sealed record SipSearchRow(int Id, string Name, AccreditationSectors Sectors, AccreditationStatus Status, IReadOnlyList<string> WillingIn, int CurrentLoad, DateOnly? LapsesOn);

public sealed record ReadinessAreaRow(int Id, int Order, string Name);
public sealed record ReadinessStatementRow(int Id, string Label, string Text, TrafficLight Colour);
public sealed record ReadinessRating(int Id, int AreaId, DateOnly EvaluatedOn, int StatementId, string? Note);
public sealed record ReadinessDashboard(int LocalAuthorityId, string LocalAuthority, IReadOnlyList<ReadinessAreaRow> Areas,
    IReadOnlyList<ReadinessStatementRow> Statements, IReadOnlyList<DateOnly> Dates, IReadOnlyList<ReadinessRating> Ratings)
{
    /// <summary>The rating of an area on a date: the latest recorded that day.</summary>
    public (ReadinessRating Rating, ReadinessStatementRow Statement)? At(int areaId, DateOnly date) =>
        Ratings.Where(r => r.AreaId == areaId && r.EvaluatedOn == date).MaxBy(r => r.Id) is { } rating
            ? (rating, Statements.First(s => s.Id == rating.StatementId)) : null;
}

public sealed record SchoolRow(int Id, string Name, SchoolPhase Phase);
public sealed record NearLimitRow(int DeploymentId, int SipId, string Sip, int SchoolId, string School, DateOnly StartsOn, DateOnly LimitOn, bool Passed);
public sealed record MissingCommentaryRow(int SchoolId, string School, IReadOnlyList<string> Missing, int Reports);
public sealed record AllocationSummary(int LocalAuthorityId, string LocalAuthority, DateOnly Today, IReadOnlyList<SchoolRow> SchoolsWithoutSip,
    IReadOnlyList<NearLimitRow> NearLimit, IReadOnlyList<OutsideRegionRow> OutsideRegion, IReadOnlyList<MissingCommentaryRow> MissingCommentaries);
public sealed record OutsideRegionRow(int DeploymentId, int SipId, string Sip, int SchoolId, string School, DateOnly StartsOn);

public sealed record AccreditationEventRow(int Id, AccreditationEventKind Kind, DateOnly OccurredOn, string? Criterion, string? Note);
public sealed record ReviewRow(int Id, DateOnly ReviewedOn, string LocalAuthority, string SipManager, string? Schools, string? PerformanceAndImpact,
    string? Challenges, string? Feedback, string? Actions, string? TrainingNeeds, string? SipSignature, DateOnly? SipSignedOn,
    string? ManagerSignature, DateOnly? ManagerSignedOn);
public sealed record SipHistory(int Id, string Name, AccreditationSectors Sectors, AccreditationStatus Status, DateOnly AccreditedOn,
    DateOnly? LapsesOn, IReadOnlyList<AccreditationEventRow> Events, IReadOnlyList<ReviewRow> Reviews, IReadOnlyList<string> Findings);
