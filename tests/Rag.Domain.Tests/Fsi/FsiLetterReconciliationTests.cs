using Rag.Domain.Fsi;

namespace Rag.Domain.Tests.Fsi;

public class FsiLetterReconciliationTests
{
    static FsiLetter Letter(int schools, (int Count, string Grade)[] before, (int Count, string? From, string To)[] after) => new()
    {
        PrintedName = "Somewhere Council",
        SchoolCount = schools,
        GradesBefore = before.Select(b => new FsiGradeCount { Label = $"{b.Count}/{schools} {b.Grade}", Count = b.Count, Of = schools, Grade = b.Grade }).ToList(),
        Transitions = after.Select(t => new FsiGradeTransition { Label = $"{t.Count}/{schools} {t.From} → {t.To}", Count = t.Count, Of = schools, From = t.From, To = t.To }).ToList(),
    };

    static IEnumerable<string> Rules(FsiLetter letter) => letter.Reconcile().Select(f => f.Rule);

    [Fact]
    public void ShouldFindNothingWhenTheLetterAddsUp() =>
        Assert.Empty(Letter(4, [(1, "G"), (3, "S")], [(1, "G", "O"), (2, "S", "G"), (1, "S", "RI")]).Reconcile());

    [Fact]
    public void ShouldReportTotalsThatDoNotMatchTheSchoolCount() =>
        Assert.Equal(["BEFORE_TOTAL", "TRANSITION_TOTAL", "GRADE_MISMATCH"],
            Rules(Letter(5, [(1, "G"), (3, "S")], [(1, "G", "O"), (2, "S", "G")])));

    [Fact]
    public void ShouldReportAGradeWhoseTransitionsDoNotMatchItsBeforeCount()
    {
        var findings = Letter(2, [(2, "S")], [(1, "S", "G"), (1, "CC", "RI")]).Reconcile();
        Assert.All(findings, f => Assert.Equal("GRADE_MISMATCH", f.Rule));
        Assert.Collection(findings,
            cc => Assert.Contains("0 school(s) were CC before, but 1 transition(s) start from CC", cc.Message),
            s => Assert.Contains("2 school(s) were S before, but 1 transition(s) start from S", s.Message));
    }

    [Fact]
    public void ShouldMatchACompositeBeforeGradeWithTransitionsFromItsParts() =>
        Assert.Empty(Letter(3, [(3, "S / RI")], [(2, "S", "G"), (1, "RI", "RI")]).Reconcile());

    [Fact]
    public void ShouldPoolACompositeTransitionWithTheBeforeGradesItCovers()
    {
        var findings = Letter(6, [(5, "S"), (1, "RI")], [(2, "S / RI", "G"), (3, "S", "RI"), (1, "CC", "SM")]).Reconcile();

        Assert.Collection(findings,
            cc => Assert.Contains("0 school(s) were CC before, but 1 transition(s) start from CC", cc.Message),
            pool => Assert.Contains("6 school(s) were RI, S, S/RI before, but 5 transition(s) start from RI, S, S/RI", pool.Message));
    }

    [Fact]
    public void ShouldReportMissingListsAndTransitionsWithoutAStartingGrade() =>
        Assert.Equal(["BEFORE_MISSING", "TRANSITION_FROM_MISSING"], Rules(Letter(2, [], [(2, null, "SM")])));

    [Fact]
    public void ShouldReportAPartOutOfAnotherNumber()
    {
        var letter = Letter(2, [(2, "G")], [(2, "G", "G")]);
        letter.GradesBefore[0].Of = 3;
        Assert.Equal(["BEFORE_DENOMINATOR"], Rules(letter));
    }
}
