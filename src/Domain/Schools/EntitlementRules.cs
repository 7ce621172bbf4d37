using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>Where a category's visit passages contradict each other. Every passage is kept as printed (Leeds prints
/// up to four for one category); the rule reports the disagreement and reconciles nothing.</summary>
public static class EntitlementRules
{
    /// <summary>One finding per pair of numbered passages that cannot both hold: different exact numbers, an exact
    /// number outside another's bound, or a maximum at or below another's minimum (004 line 117's "a maximum of 12"
    /// against line 644's "at least 12"). The category's entitlements must be loaded (and its LA, to be named).</summary>
    public static IReadOnlyList<RuleFinding> Check(SchoolCategory category)
    {
        var numbered = category.Entitlements.Where(e => e is { HalfDaysPerYear: not null, Bound: not EntitlementBound.Unspecified })
            .OrderBy(e => FirstLine(e.SourceLines)).ThenBy(e => e.Id).ToList();
        var findings = new List<RuleFinding>();
        for (var i = 0; i < numbered.Count; i++)
            for (var j = i + 1; j < numbered.Count; j++)
                if (Disagree(numbered[i], numbered[j]))
                    findings.Add(new("ENTITLEMENTS_DISAGREE", RuleSeverity.Warning,
                        $"{Owner(category)}category {category.Number} ({category.Name}): {Describe(numbered[i])}, but {Describe(numbered[j])}.",
                        $"{numbered[i].SourceDocument}:{numbered[i].SourceLines},{numbered[j].SourceLines}"));
        return findings;
    }

    static bool Disagree(VisitEntitlement a, VisitEntitlement b)
    {
        var (aLow, aHigh) = Range(a);
        var (bLow, bHigh) = Range(b);
        return aHigh < bLow || bHigh < aLow
               || (a.Bound == EntitlementBound.UpTo && b.Bound == EntitlementBound.AtLeast && bLow >= aHigh)
               || (b.Bound == EntitlementBound.UpTo && a.Bound == EntitlementBound.AtLeast && aLow >= bHigh);
    }

    static (double Low, double High) Range(VisitEntitlement e) => e.Bound switch
    {
        EntitlementBound.AtLeast => (e.HalfDaysPerYear!.Value, double.PositiveInfinity),
        EntitlementBound.UpTo => (0, e.HalfDaysPerYear!.Value),
        _ => (e.HalfDaysPerYear!.Value, e.HalfDaysPerYear!.Value),
    };

    static string Describe(VisitEntitlement e)
    {
        var bound = e.Bound switch
        {
            EntitlementBound.AtLeast => "at least",
            EntitlementBound.UpTo => "at most",
            _ => "exactly",
        };
        return $"\"{e.Text}\" (line {e.SourceLines}) gives {bound} {e.HalfDaysPerYear} half-days";
    }

    static string Owner(SchoolCategory category) => category.LocalAuthority is { } la ? $"{la.Name} " : "";

    static int FirstLine(string? lines) =>
        int.TryParse(lines?.Split('-', ',')[0], out var first) ? first : int.MaxValue;
}
