using System.ComponentModel;
using Rag.Domain.Grades;

namespace Rag.Persistence.Analysis.Transitions;

/// <summary>Whether a school's grade got better, stayed or got worse at the focused inspection.</summary>
[System.ComponentModel.Description("Whether a school's grade got better, stayed or got worse at the focused inspection.")]
public enum Movement
{
    [System.ComponentModel.Description("The new grade is better than the old one under every reading of both.")]
    Improved,
    [System.ComponentModel.Description("The old and new grades are on the same step.")]
    Stayed,
    [System.ComponentModel.Description("The new grade is worse than the old one under every reading of both.")]
    Declined,
    [System.ComponentModel.Description("No comparison is possible: no starting grade printed, not previously inspected, or composites that overlap.")]
    NotComparable,
}

[Description("A grade code's place on the ordering: the steps it can stand for, 1 best (outstanding) to 4 worst (inadequate or a category of concern).")]
public sealed record GradeStep(
    [property: Description("The code as the letters print it.")] string Code,
    [property: Description("What the code means.")] string Meaning,
    [property: Description("The best step the code can stand for; null where it stands for none.")] int? Best,
    [property: Description("The worst step the code can stand for; null where it stands for none.")] int? Worst,
    [property: Description("Why the code is placed there.")] string Reason);

/// <summary>The ordering of 002's grade codes used to call a transition improved, stayed or declined.
/// Four steps, best first: 1 O (outstanding); 2 G (good); 3 S (satisfactory) and RI (requires improvement), which are one
/// step because the September 2012 framework renamed satisfactory to requires improvement, and so "S / RI" too;
/// 4 I (inadequate) and the categories of concern CC, SW (serious weaknesses) and SM (special measures), which are the
/// inadequate grade's outcomes and are not ordered among themselves. A composite covers a range: "&lt;G" (less than
/// good) is steps 3–4, "&gt;RI" (better than requires improvement) steps 1–2. NI (not previously inspected) has no step.
/// A transition improved when the new grade's worst step is better than the old grade's best step; declined when its best
/// step is worse than the old grade's worst; stayed when both are the same single step; otherwise it is not comparable.</summary>
public static class GradeOrdering
{
    public static readonly IReadOnlyList<GradeStep> Steps =
    [
        new("O", "outstanding", 1, 1, "Ofsted's best grade."),
        new("G", "good", 2, 2, "Ofsted's second grade."),
        new("S", "satisfactory", 3, 3, "Ofsted's third grade until September 2012."),
        new("RI", "requires improvement", 3, 3, "The third grade renamed in September 2012: the same step as S."),
        new("S / RI", "satisfactory or requires improvement", 3, 3, "Either name of the third grade."),
        new("<G", "less than good", 3, 4, "Any grade below good: steps 3 to 4."),
        new(">RI", "better than requires improvement", 1, 2, "Good or outstanding: steps 1 to 2."),
        new("I", "inadequate", 4, 4, "Ofsted's fourth grade."),
        new("CC", "category of concern", 4, 4, "An inadequate school placed in a category: the fourth step."),
        new("SW", "serious weaknesses", 4, 4, "A category of concern: the fourth step, not ordered against SM."),
        new("SM", "special measures", 4, 4, "A category of concern: the fourth step, not ordered against SW."),
        new("NI", "not previously inspected", null, null, "No earlier grade to compare with."),
    ];

    static readonly Dictionary<string, GradeStep> ByCode = Steps.ToDictionary(s => GradeLabel.Normalise(s.Code));

    /// <summary>The code as the ordering names it ("Ri" → "RI", "S/RI" → "S / RI"); the printed text where unknown.</summary>
    public static string Canonical(string? printed) =>
        printed is null ? "not printed" : Find(printed)?.Code ?? printed.Trim();

    public static GradeStep? Find(string? printed) =>
        printed is null ? null : ByCode.GetValueOrDefault(GradeLabel.Normalise(printed.Replace("“", "").Replace("”", "")) switch
        {
            "INADEQUATE" => "I",
            var code => code,
        });

    public static Movement Compare(string? from, string? to)
    {
        if (Find(from) is not { Best: { } fromBest, Worst: { } fromWorst } || Find(to) is not { Best: { } toBest, Worst: { } toWorst })
            return Movement.NotComparable;
        if (toWorst < fromBest) return Movement.Improved;
        if (toBest > fromWorst) return Movement.Declined;
        if (fromBest == fromWorst && toBest == toWorst && fromBest == toBest) return Movement.Stayed;
        return Movement.NotComparable;
    }

    /// <summary>Good or better: the new grade's worst step is 2 or better (O, G, "&gt;RI").</summary>
    public static bool IsGoodOrBetter(string? grade) => Find(grade) is { Worst: <= 2 };
}
