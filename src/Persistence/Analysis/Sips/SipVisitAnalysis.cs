using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Sips;

namespace Rag.Persistence.Analysis.Sips;

[Description("Which LAs and which day the SIP and visit analysis is for.")]
public sealed record SipVisitFilter
{
    [Description("Only the LAs of these regions.")]
    public IReadOnlyList<int>? RegionIds { get; init; }
    [Description("Only these LAs; with no LA or region given, every LA with a school recorded.")]
    public IReadOnlyList<int>? LocalAuthorityIds { get; init; }
    [Description("The day to judge on (default today); the year is the school year (1 September to 31 August) containing it.")]
    public DateOnly? Today { get; init; }
}

[Description("An LA category's schools and visits this year.")]
public sealed record CategoryVisits(
    [property: Description("The category's number as the LA prints it; null for schools in no category.")] int? Number,
    [property: Description("The category's name; \"No category\" for uncategorised schools.")] string Category,
    [property: Description("Schools in the category on the day.")] int Schools,
    [property: Description("Half-day visits a year the category's schools are entitled to in all (the lowest number its passages state, per school).")] double EntitledHalfDays,
    [property: Description("Half-days of SIP visits the category's schools received this school year.")] double HeldHalfDays);

[Description("One LA's SIP coverage and visits against entitlement.")]
public sealed record LaSipVisits(
    [property: Description("The LA's ID.")] int LocalAuthorityId,
    [property: Description("The LA's name.")] string LocalAuthority,
    [property: Description("The region's ID.")] int RegionId,
    [property: Description("The first day of the school year counted.")] DateOnly YearFrom,
    [property: Description("The last day of the school year counted.")] DateOnly YearTo,
    [property: Description("Schools recorded.")] int Schools,
    [property: Description("Schools with a SIP deployment open on the day.")] int SchoolsWithSip,
    [property: Description("Schools by their category on the day.")] IReadOnlyList<CategoryVisits> Categories,
    [property: Description("Half-day visits the LA's categorised schools are entitled to this year.")] double EntitledHalfDays,
    [property: Description("Half-days of SIP visits held this year.")] double HeldHalfDays,
    [property: Description("SIP visits held this year.")] int Visits,
    [property: Description("Deployments to the LA's schools longer than three years (003 line 1076).")] int DeploymentsOverThreeYears,
    [property: Description("SIPs deployed in the LA whose accreditation has lapsed or lapses within six months (003 Appendix H).")] int SipsLapsing);

/// <summary>Per LA: schools by category, SIP coverage, visits held this school year against each category's yearly
/// entitlement in half-days (where a category's passages disagree, the lowest number, so a shortfall is one under every
/// passage), deployments breaking the three-year rule and accreditations lapsing. Works on entered and generated data.</summary>
public sealed class SipVisitAnalysis(RagDbContext db, TimeProvider clock)
{
    public async Task<List<LaSipVisits>> BuildAsync(SipVisitFilter filter, CancellationToken cancellationToken = default)
    {
        var today = filter.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var yearFrom = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        var yearTo = yearFrom.AddYears(1).AddDays(-1);

        var las = db.LocalAuthorities.AsNoTracking();
        if (filter.RegionIds is { Count: > 0 } regions) las = las.Where(la => regions.Contains(la.RegionId));
        if (filter.LocalAuthorityIds is { Count: > 0 } ids) las = las.Where(la => ids.Contains(la.Id));
        else if (filter.RegionIds is not { Count: > 0 }) las = las.Where(la => la.Schools.Any());
        var laList = await las.OrderBy(la => la.Name).Select(la => new { la.Id, la.Name, la.RegionId }).ToListAsync(cancellationToken);
        var laIds = laList.Select(la => la.Id).ToList();

        var schools = await db.Schools.AsNoTracking().Where(s => laIds.Contains(s.LocalAuthorityId)).Select(s => new
        {
            s.Id, s.LocalAuthorityId,
            Category = s.Categorisations.Where(c => c.StartsOn <= today && (c.EndsOn == null || c.EndsOn >= today))
                .OrderByDescending(c => c.StartsOn)
                .Select(c => new { c.SchoolCategory!.Number, c.SchoolCategory.Name,
                    HalfDays = c.SchoolCategory.Entitlements.Where(e => e.HalfDaysPerYear != null).Min(e => e.HalfDaysPerYear) })
                .FirstOrDefault(),
            HasSip = s.SipDeployments.Any(d => d.StartsOn <= today && (d.EndsOn == null || d.EndsOn >= today)),
            HeldDays = s.Visits.Where(v => v.VisitedOn >= yearFrom && v.VisitedOn <= yearTo).Sum(v => (double?)v.LengthDays) ?? 0,
            Visits = s.Visits.Count(v => v.VisitedOn >= yearFrom && v.VisitedOn <= yearTo),
        }).ToListAsync(cancellationToken);

        var deployments = await db.SipDeployments.AsNoTracking().Where(d => laIds.Contains(d.School!.LocalAuthorityId))
            .Select(d => new { d.School!.LocalAuthorityId, d.SipId, d.StartsOn, d.EndsOn }).ToListAsync(cancellationToken);
        var sipIds = deployments.Select(d => d.SipId).Distinct().ToList();
        var sips = await db.Sips.AsNoTracking().Include(s => s.Deployments).Where(s => sipIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var lapsing = sips.Where(s => AccreditationRules.Check(s, today).Count > 0).Select(s => s.Id).ToHashSet();

        return laList.Select(la =>
        {
            var mine = schools.Where(s => s.LocalAuthorityId == la.Id).ToList();
            var categories = mine.GroupBy(s => (s.Category?.Number, Name: s.Category?.Name ?? "No category"))
                .OrderBy(g => g.Key.Number ?? int.MaxValue)
                .Select(g => new CategoryVisits(g.Key.Number, g.Key.Name, g.Count(), g.Sum(s => s.Category?.HalfDays ?? 0), g.Sum(s => s.HeldDays * 2)))
                .ToList();
            var deployed = deployments.Where(d => d.LocalAuthorityId == la.Id).ToList();
            return new LaSipVisits(la.Id, la.Name, la.RegionId, yearFrom, yearTo, mine.Count, mine.Count(s => s.HasSip), categories,
                categories.Sum(c => c.EntitledHalfDays), categories.Sum(c => c.HeldHalfDays), mine.Sum(s => s.Visits),
                deployed.Count(d => (d.EndsOn ?? today) > d.StartsOn.AddYears(DeploymentRules.MaximumYearsWithOneSchool)),
                deployed.Select(d => d.SipId).Distinct().Count(lapsing.Contains));
        }).ToList();
    }
}
