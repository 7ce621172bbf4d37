using Rag.Domain.Common;
using Rag.Domain.Grades;

namespace Rag.Domain.Fsi;

/// <summary>Checks that a letter's before list and transitions account for its schools. It reports where the
/// document does not add up; it never corrects the record.</summary>
public static class FsiLetterReconciliation
{
    public static IReadOnlyList<RuleFinding> Check(FsiLetter letter)
    {
        var source = $"{SourceDocuments.FsiLetters}:{letter.SourceLines}";
        var findings = new List<RuleFinding>();
        void Report(string rule, string message) =>
            findings.Add(new(rule, RuleSeverity.Warning, $"{letter.PrintedName}: {message}", source));

        foreach (var part in letter.GradesBefore.Where(p => p.Of != letter.SchoolCount))
            Report("BEFORE_DENOMINATOR", $"before \"{part.Label}\" is out of {part.Of}, not {letter.SchoolCount}.");
        foreach (var part in letter.Transitions.Where(t => t.Of != letter.SchoolCount))
            Report("TRANSITION_DENOMINATOR", $"transition \"{part.Label}\" is out of {part.Of}, not {letter.SchoolCount}.");

        var before = letter.GradesBefore.Sum(p => p.Count);
        if (letter.GradesBefore.Count == 0)
            Report("BEFORE_MISSING", "no grades before the inspections are printed.");
        else if (before != letter.SchoolCount)
            Report("BEFORE_TOTAL", $"the grades before add up to {before}, not {letter.SchoolCount}.");

        var after = letter.Transitions.Sum(t => t.Count);
        if (letter.Transitions.Count == 0)
            Report("TRANSITIONS_MISSING", "no before → after transitions are printed.");
        else if (after != letter.SchoolCount)
            Report("TRANSITION_TOTAL", $"the transitions add up to {after}, not {letter.SchoolCount}.");

        foreach (var untraced in letter.Transitions.Where(t => t.From is null))
            Report("TRANSITION_FROM_MISSING", $"transition \"{untraced.Label}\" prints no starting grade.");

        if (letter.GradesBefore.Count > 0 && letter.Transitions.Count > 0)
            ReconcileGrades(letter, Report);
        return findings;
    }

    // Each grade's before count should equal the transitions leaving that grade. A composite ("S / RI") is
    // pooled with its parts (S, RI), since letters print a composite on one side and its parts on the other.
    static void ReconcileGrades(FsiLetter letter, Action<string, string> report)
    {
        var grades = letter.GradesBefore.Select(p => GradeLabel.Normalise(p.Grade))
            .Concat(letter.Transitions.Where(t => t.From is not null).Select(t => GradeLabel.Normalise(t.From!))).Distinct().ToList();
        var pools = Pools(grades);
        var before = letter.GradesBefore.GroupBy(p => pools[GradeLabel.Normalise(p.Grade)]).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
        var leaving = letter.Transitions.Where(t => t.From is not null)
            .GroupBy(t => pools[GradeLabel.Normalise(t.From!)]).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
        foreach (var pool in before.Keys.Union(leaving.Keys).Order())
        {
            var was = before.GetValueOrDefault(pool);
            var left = leaving.GetValueOrDefault(pool);
            if (was != left)
                report("GRADE_MISMATCH", $"{was} school(s) were {pool} before, but {left} transition(s) start from {pool}.");
        }
    }

    /// <summary>Each grade's pool, named by its members ("RI, S, S/RI"): grades sharing a composite's part pool together.</summary>
    static Dictionary<string, string> Pools(List<string> grades)
    {
        var pools = grades.Select(g => new HashSet<string>(g.Split('/').Append(g))).ToList();
        for (var merged = true; merged;)
        {
            merged = false;
            for (var i = 0; i < pools.Count && !merged; i++)
                for (var j = i + 1; j < pools.Count && !merged; j++)
                    if (pools[i].Overlaps(pools[j])) { pools[i].UnionWith(pools[j]); pools.RemoveAt(j); merged = true; }
        }
        return grades.ToDictionary(g => g, g => string.Join(", ", pools.First(p => p.Contains(g)).Where(grades.Contains).Order(StringComparer.Ordinal)));
    }
}
