using Rag.Domain.Common;
using Rag.Domain.Visits;

namespace Rag.Domain.Schools;

/// <summary>Whether a school's SIP visits this year reach what its current LA category entitles it to (Leeds:
/// 004, e.g. line 446 "at least 4 x ½ day monitoring visits per year"). A report, never a refusal.</summary>
public static class VisitEntitlementRules
{
    /// <summary>The year runs from 1 September, as the LAs' "annual core entitlement" follows the academic year.</summary>
    public static DateOnly YearStart(DateOnly today) => new(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);

    /// <summary>The school's category on <paramref name="today"/>: the categorisation that has started and not ended.</summary>
    public static SchoolCategorisation? CurrentCategorisation(School school, DateOnly today) =>
        school.Categorisations.Where(c => c.StartsOn <= today && (c.EndsOn is null || c.EndsOn >= today))
            .OrderByDescending(c => c.StartsOn).FirstOrDefault();

    /// <summary>The passage the year's visits are measured against: of the passages that state an exact number or a
    /// minimum, the lowest (where passages disagree the school gets the benefit of the doubt); "up to" passages set
    /// a ceiling, not an entitlement, so they count only when nothing else states a number.</summary>
    public static VisitEntitlement? Measure(IEnumerable<VisitEntitlement> entitlements) =>
        entitlements.Where(e => e.HalfDaysPerYear is not null && e.Bound is EntitlementBound.Exactly or EntitlementBound.AtLeast)
            .OrderBy(e => e.HalfDaysPerYear).FirstOrDefault();

    /// <summary>Half-days of visits from the start of this year to today (a one-day visit counts as two).</summary>
    public static double HalfDaysThisYear(IEnumerable<Visit> visits, DateOnly today) =>
        visits.Where(v => v.VisitedOn >= YearStart(today) && v.VisitedOn <= today).Sum(v => v.LengthDays * 2);

    public static IReadOnlyList<RuleFinding> Check(School school, DateOnly today)
    {
        if (CurrentCategorisation(school, today)?.SchoolCategory is not { } category || Measure(category.Entitlements) is not { } entitled)
            return [];
        var received = HalfDaysThisYear(school.Visits, today);
        if (received >= entitled.HalfDaysPerYear) return [];
        return [new("VISITS_SHORT_OF_ENTITLEMENT", RuleSeverity.Warning,
            $"{received:0.#} of {entitled.HalfDaysPerYear:0.#} half-day visits this year (since {YearStart(today):yyyy-MM-dd}) for category {category.Number} " +
            $"({category.Name}): \"{entitled.Text}\".",
            $"{entitled.SourceDocument ?? "Rag"}{(entitled.SourceLines is null ? "" : ":" + entitled.SourceLines)}")];
    }
}
