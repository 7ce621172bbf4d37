using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Sips;
using Rag.Persistence.Analysis.Transitions;

namespace Rag.Persistence.Analysis.Profiles;

[Description("One measure of an LA beside its rank, its region and England.")]
public sealed record ProfileMeasure(
    [property: Description("What is measured.")] string Name,
    [property: Description("The LA's figure; null where it has no data for it.")] double? Value,
    [property: Description("The LA's rank among the LAs with data (1 = best); null where it has none.")] int? Rank,
    [property: Description("How many LAs have data for the measure.")] int RankedLas,
    [property: Description("The figure for the LA's region, pooled over its LAs with data.")] double? RegionValue,
    [property: Description("The figure for England, pooled over every LA with data.")] double? NationalValue,
    [property: Description("Whether a higher figure ranks better.")] bool HigherIsBetter);

[Description("One heading's findings in the LA's letter.")]
public sealed record ProfileHeading(
    [property: Description("The heading group.")] string Group,
    [property: Description("The heading.")] string Heading,
    [property: Description("The ratings.")] RagTally Tally,
    [property: Description("The findings.")] IReadOnlyList<FindingItem> Findings);

[Description("The LA's judgement of itself against one quality standard.")]
public sealed record ProfileSelfEvaluation(
    [property: Description("The standard's code (1.1–2.5).")] string Code,
    [property: Description("The standard's title.")] string Standard,
    [property: Description("The level judged (e.g. Good).")] string Level,
    [property: Description("The level's rank, 1 best.")] int LevelRank,
    [property: Description("The date of the judgement.")] DateOnly JudgedOn);

[Description("Everything Rag holds about one LA, each measure beside its rank, region and England.")]
public sealed record LaProfileResult(
    [property: Description("The LA's ID.")] int LocalAuthorityId,
    [property: Description("The LA's name in the register.")] string LocalAuthority,
    [property: Description("Its region.")] string Region,
    [property: Description("Its primary SIP roll-out wave (1–4); null where in none.")] int? RolloutWave,
    [property: Description("The wave's heading as printed.")] string? RolloutWaveLabel,
    [property: Description("Its FSI letter's ID; null where it had none.")] int? LetterId,
    [property: Description("The letter's date.")] DateOnly? LetterDate,
    [property: Description("Why the focused inspection was carried out.")] string? LetterReason,
    [property: Description("The letter's lines in 002.")] string? LetterSourceLines,
    [property: Description("The letter's findings by heading.")] IReadOnlyList<ProfileHeading> Headings,
    [property: Description("The letter's grade transitions, ranked among all letters.")] LetterTransitions? Transitions,
    [property: Description("Schools by category, SIP coverage and visits against entitlement.")] LaSipVisits SipVisits,
    [property: Description("The latest self-evaluation against each quality standard.")] IReadOnlyList<ProfileSelfEvaluation> SelfEvaluations,
    [property: Description("Each measure with its rank, region and national figures.")] IReadOnlyList<ProfileMeasure> Measures);

/// <summary>One LA's page: its letter, findings, transitions, schools and SIPs, self-evaluation, and for every measure its
/// rank among the LAs with data, its region's figure and England's (pooled: the sum of the parts over the sum of the wholes).</summary>
public sealed class LaProfile(RagDbContext db, FindingRows rows, GradeTransitions transitions, SipVisitAnalysis sipVisits)
{
    sealed record Part(int LaId, int RegionId, double Numerator, double Denominator);

    public async Task<LaProfileResult?> BuildAsync(int localAuthorityId, DateOnly? today = null, CancellationToken cancellationToken = default)
    {
        var la = await db.LocalAuthorities.AsNoTracking().Where(l => l.Id == localAuthorityId).Select(l => new
        {
            l.Id, l.Name, l.RegionId, Region = l.Region!.Name, Wave = (int?)l.RolloutWave!.Number, WaveLabel = l.RolloutWave!.Label,
            Letter = l.FsiLetters.OrderBy(f => f.LetterDate).Select(f => new { f.Id, f.LetterDate, f.Reason, f.SourceLines }).FirstOrDefault(),
        }).SingleOrDefaultAsync(cancellationToken);
        if (la is null) return null;

        var regionOf = await db.LocalAuthorities.Select(l => new { l.Id, l.RegionId }).ToDictionaryAsync(l => l.Id, l => l.RegionId, cancellationToken);
        var findings = await rows.LoadAsync(FindingFilter.All, cancellationToken);
        var allTransitions = await transitions.BuildAsync(new LetterFilter(), cancellationToken);
        var allSip = await sipVisits.BuildAsync(new SipVisitFilter { Today = today, LocalAuthorityIds = regionOf.Keys.ToList() }, cancellationToken);
        var sip = allSip.Single(s => s.LocalAuthorityId == la.Id);
        var evaluations = await db.SelfEvaluations.AsNoTracking()
            .Select(e => new { e.LocalAuthorityId, e.QualityStandard!.Code, e.QualityStandard.Title, Level = e.Level!.Name, e.Level.Rank, e.JudgedOn })
            .ToListAsync(cancellationToken);
        var latest = evaluations.GroupBy(e => (e.LocalAuthorityId, e.Code)).Select(g => g.OrderByDescending(e => e.JudgedOn).First()).ToList();

        var rated = findings.Where(f => f.Rag is not null).GroupBy(f => f.LocalAuthorityId).ToList();
        Part ByRegion(int laId, double n, double d) => new(laId, regionOf[laId], n, d);
        var measures = new List<ProfileMeasure>
        {
            Measure("Share of findings rated red", false, la.Id, la.RegionId,
                rated.Select(g => ByRegion(g.Key, g.Count(f => f.Rag == RagRating.Red), g.Count()))),
            Measure("Share of findings rated green", true, la.Id, la.RegionId,
                rated.Select(g => ByRegion(g.Key, g.Count(f => f.Rag == RagRating.Green), g.Count()))),
            Measure("Mean finding score (green +1, amber 0, red −1)", true, la.Id, la.RegionId,
                rated.Select(g => ByRegion(g.Key, g.Sum(f => SimilarLocalAuthorities.Score(f.Rag!.Value)), g.Count()))),
            Measure("Share of inspected schools found good or better", true, la.Id, la.RegionId,
                allTransitions.Letters.Select(t => ByRegion(t.LocalAuthorityId, t.GoodOrBetter, t.Schools))),
            Measure("Share of inspected schools that improved", true, la.Id, la.RegionId,
                allTransitions.Letters.Select(t => ByRegion(t.LocalAuthorityId, t.Improved, t.Schools))),
            Measure("Share of inspected schools that declined", false, la.Id, la.RegionId,
                allTransitions.Letters.Select(t => ByRegion(t.LocalAuthorityId, t.Declined, t.Schools))),
            Measure("Share of schools with a SIP deployed", true, la.Id, la.RegionId,
                allSip.Where(s => s.Schools > 0).Select(s => ByRegion(s.LocalAuthorityId, s.SchoolsWithSip, s.Schools))),
            Measure("Visit half-days held against entitlement this year", true, la.Id, la.RegionId,
                allSip.Where(s => s.EntitledHalfDays > 0).Select(s => ByRegion(s.LocalAuthorityId, s.HeldHalfDays, s.EntitledHalfDays))),
            Measure("Mean self-evaluation level (1 outstanding – 4)", false, la.Id, la.RegionId,
                latest.GroupBy(e => e.LocalAuthorityId).Select(g => ByRegion(g.Key, g.Sum(e => e.Rank), g.Count()))),
        };

        var headings = findings.Where(f => f.LocalAuthorityId == la.Id).GroupBy(f => (f.GroupOrder, f.Group, f.HeadingOrder, f.Heading))
            .OrderBy(g => g.Key.GroupOrder).ThenBy(g => g.Key.HeadingOrder)
            .Select(g => new ProfileHeading(g.Key.Group, g.Key.Heading, RagTally.Of(g.Select(f => f.Rag)), g.OrderBy(f => f.Order).Select(FindingItem.From).ToList()))
            .ToList();
        return new LaProfileResult(la.Id, la.Name, la.Region, la.Wave, la.WaveLabel, la.Letter?.Id, la.Letter?.LetterDate, la.Letter?.Reason,
            la.Letter?.SourceLines, headings, allTransitions.Letters.FirstOrDefault(t => t.LocalAuthorityId == la.Id), sip,
            latest.Where(e => e.LocalAuthorityId == la.Id).OrderBy(e => e.Code)
                .Select(e => new ProfileSelfEvaluation(e.Code, e.Title, e.Level, e.Rank, e.JudgedOn)).ToList(),
            measures);
    }

    static ProfileMeasure Measure(string name, bool higherIsBetter, int laId, int regionId, IEnumerable<Part> parts)
    {
        var data = parts.Where(p => p.Denominator > 0).GroupBy(p => p.LaId)
            .Select(g => new Part(g.Key, g.First().RegionId, g.Sum(p => p.Numerator), g.Sum(p => p.Denominator))).ToList();
        static double? Pooled(IEnumerable<Part> ps) => ps.Sum(p => p.Denominator) is > 0 and var d ? Math.Round(ps.Sum(p => p.Numerator) / d, 4) : null;
        var values = data.ToDictionary(p => p.LaId, p => Math.Round(p.Numerator / p.Denominator, 4));
        double? mine = values.TryGetValue(laId, out var v) ? v : null;
        int? rank = mine is { } m ? 1 + values.Values.Count(o => higherIsBetter ? o > m : o < m) : null;
        return new ProfileMeasure(name, mine, rank, values.Count, Pooled(data.Where(p => p.RegionId == regionId)), Pooled(data), higherIsBetter);
    }
}
