using System.ComponentModel;
using Microsoft.EntityFrameworkCore;

namespace Rag.Persistence.Analysis.Transitions;

[Description("How many schools went from one grade to another.")]
public sealed record TransitionFlow(
    [property: Description("The grade before, as the ordering names it; \"not printed\" where the letter gives none.")] string From,
    [property: Description("The grade the focused inspection gave.")] string To,
    [property: Description("How many schools.")] int Count,
    [property: Description("Improved, stayed, declined or not comparable, under the documented ordering.")] Movement Movement);

[Description("How many schools held a grade.")]
public sealed record GradeTally(
    [property: Description("The grade, as the ordering names it.")] string Grade,
    [property: Description("How many schools.")] int Count);

[Description("One letter's inspected schools: how their grades moved.")]
public sealed record LetterTransitions(
    [property: Description("The letter's ID.")] int LetterId,
    [property: Description("The LA's ID.")] int LocalAuthorityId,
    [property: Description("The LA's name in the register.")] string LocalAuthority,
    [property: Description("The LA's region.")] string Region,
    [property: Description("The letter's date.")] DateOnly LetterDate,
    [property: Description("The number of schools inspected, as printed.")] int Schools,
    [property: Description("Schools whose grade improved.")] int Improved,
    [property: Description("Schools whose grade stayed on the same step.")] int Stayed,
    [property: Description("Schools whose grade declined.")] int Declined,
    [property: Description("Schools whose movement cannot be told (no starting grade, not previously inspected).")] int NotComparable,
    [property: Description("Schools the focused inspection found good or better.")] int GoodOrBetter,
    [property: Description("GoodOrBetter out of Schools.")] double GoodOrBetterShare,
    [property: Description("The lower end of the share's 95% Wilson interval.")] double ShareLow,
    [property: Description("The upper end of the share's 95% Wilson interval.")] double ShareHigh,
    [property: Description("Whether fewer than 30 schools were inspected, so the share says little on its own.")] bool SmallSample,
    [property: Description("Rank among the letters shown by the share reaching good or better (1 = highest; ties share a rank).")] int Rank,
    [property: Description("The letter's transitions, in printed order.")] IReadOnlyList<TransitionFlow> Flows);

[Description("Grade transitions per letter and across the letters shown.")]
public sealed record GradeTransitionsResult(
    [property: Description("The ordering of grade codes the movements are judged by.")] IReadOnlyList<GradeStep> Ordering,
    [property: Description("Each letter, ranked by the share reaching good or better.")] IReadOnlyList<LetterTransitions> Letters,
    [property: Description("All schools inspected.")] int Schools,
    [property: Description("All schools whose grade improved.")] int Improved,
    [property: Description("All schools whose grade stayed.")] int Stayed,
    [property: Description("All schools whose grade declined.")] int Declined,
    [property: Description("All schools whose movement cannot be told.")] int NotComparable,
    [property: Description("All schools found good or better.")] int GoodOrBetter,
    [property: Description("Every from → to flow, added up across the letters.")] IReadOnlyList<TransitionFlow> Flows,
    [property: Description("The grades before (the transitions' starting grades).")] IReadOnlyList<GradeTally> Before,
    [property: Description("The grades after the focused inspections.")] IReadOnlyList<GradeTally> After,
    [property: Description("The caution to show beside any ranking.")] string Caveat);

/// <summary>Grade transitions per letter and across all the letters shown, judged by <see cref="GradeOrdering"/>.</summary>
public sealed class GradeTransitions(RagDbContext db)
{
    public const string Caveat = "Each letter covers 6 to 33 schools. A share of so few schools moves a long way with one school: " +
                                 "read the 95% interval, not the rank alone.";

    public async Task<GradeTransitionsResult> BuildAsync(LetterFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.FsiLetters.AsNoTracking();
        if (filter.RegionIds is { Count: > 0 } regions) query = query.Where(l => regions.Contains(l.LocalAuthority!.RegionId));
        if (filter.LocalAuthorityIds is { Count: > 0 } las) query = query.Where(l => las.Contains(l.LocalAuthorityId));
        if (filter.LetterFrom is { } from) query = query.Where(l => l.LetterDate >= from);
        if (filter.LetterTo is { } to) query = query.Where(l => l.LetterDate <= to);
        var letters = await query.Select(l => new
        {
            l.Id, l.LocalAuthorityId, La = l.LocalAuthority!.Name, Region = l.LocalAuthority.Region!.Name, l.LetterDate, l.SchoolCount,
            Transitions = l.Transitions.OrderBy(t => t.Order).Select(t => new { t.From, t.To, t.Count }).ToList(),
        }).ToListAsync(cancellationToken);

        var rows = letters.Select(l =>
        {
            var flows = l.Transitions.Select(t => new TransitionFlow(GradeOrdering.Canonical(t.From), GradeOrdering.Canonical(t.To), t.Count,
                GradeOrdering.Compare(t.From, t.To))).ToList();
            int Sum(Movement m) => flows.Where(f => f.Movement == m).Sum(f => f.Count);
            var good = flows.Where(f => GradeOrdering.IsGoodOrBetter(f.To)).Sum(f => f.Count);
            var (low, high) = Wilson(good, l.SchoolCount);
            return new LetterTransitions(l.Id, l.LocalAuthorityId, l.La, l.Region, l.LetterDate, l.SchoolCount,
                Sum(Movement.Improved), Sum(Movement.Stayed), Sum(Movement.Declined), Sum(Movement.NotComparable),
                good, Share(good, l.SchoolCount), low, high, l.SchoolCount < 30, 0, flows);
        }).OrderByDescending(r => r.GoodOrBetterShare).ThenBy(r => r.LocalAuthority).ToList();
        rows = rows.Select(r => r with { Rank = 1 + rows.Count(o => o.GoodOrBetterShare > r.GoodOrBetterShare) }).ToList();

        var all = rows.SelectMany(r => r.Flows).ToList();
        var flowsTotal = all.GroupBy(f => (f.From, f.To, f.Movement))
            .Select(g => new TransitionFlow(g.Key.From, g.Key.To, g.Sum(f => f.Count), g.Key.Movement))
            .OrderBy(f => Position(f.From)).ThenBy(f => Position(f.To)).ToList();
        return new GradeTransitionsResult(GradeOrdering.Steps, rows, rows.Sum(r => r.Schools), rows.Sum(r => r.Improved), rows.Sum(r => r.Stayed),
            rows.Sum(r => r.Declined), rows.Sum(r => r.NotComparable), rows.Sum(r => r.GoodOrBetter), flowsTotal,
            Tally(all.Select(f => (f.From, f.Count))), Tally(all.Select(f => (f.To, f.Count))), Caveat);
    }

    static List<GradeTally> Tally(IEnumerable<(string Grade, int Count)> counts) =>
        counts.GroupBy(c => c.Grade).Select(g => new GradeTally(g.Key, g.Sum(c => c.Count))).OrderBy(g => Position(g.Grade)).ToList();

    static int Position(string grade)
    {
        var index = GradeOrdering.Steps.ToList().FindIndex(s => s.Code == grade);
        return index < 0 ? int.MaxValue : index;
    }

    public static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    /// <summary>The 95% Wilson score interval of part/whole: honest for small numbers, never outside 0–1.</summary>
    public static (double Low, double High) Wilson(int part, int whole)
    {
        if (whole == 0) return (0, 1);
        const double z = 1.96;
        double n = whole, p = (double)part / whole, z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var margin = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return (Math.Round(Math.Max(0, centre - margin), 4), Math.Round(Math.Min(1, centre + margin), 4));
    }
}
