using Rag.Persistence.Analysis.Transitions;

namespace Rag.Persistence.Tests.Analysis;

public class GradeOrderingTests
{
    [Theory]
    [InlineData("S", "G", Movement.Improved)]
    [InlineData("G", "O", Movement.Improved)]
    [InlineData("G", "G", Movement.Stayed)]
    [InlineData("S", "RI", Movement.Stayed)]          // RI is satisfactory renamed (September 2012)
    [InlineData("RI", "Ri", Movement.Stayed)]         // printed case does not matter
    [InlineData("S / RI", "G", Movement.Improved)]
    [InlineData("S/RI", "RI", Movement.Stayed)]
    [InlineData("<G", "G", Movement.Improved)]        // less than good (3–4) to good (2)
    [InlineData(">RI", "RI", Movement.Declined)]      // better than RI (1–2) to RI (3)
    [InlineData("O", "G", Movement.Declined)]
    [InlineData("S", "SM", Movement.Declined)]
    [InlineData("G", "SW", Movement.Declined)]
    [InlineData("CC", "RI", Movement.Improved)]       // a category of concern is the fourth step
    [InlineData("SW", "SM", Movement.Stayed)]         // categories of concern are not ordered among themselves
    [InlineData("I", "RI", Movement.Improved)]
    [InlineData("“inadequate”", "RI", Movement.Improved)]
    [InlineData("NI", "G", Movement.NotComparable)]   // not previously inspected
    [InlineData(null, "RI", Movement.NotComparable)]  // no starting grade printed (Cumbria)
    [InlineData("<G", "RI", Movement.NotComparable)]  // 3–4 to 3 could be stayed or improved
    [InlineData(">RI", "G", Movement.NotComparable)]
    public void ShouldJudgeEachTransitionByTheDocumentedOrdering(string? from, string to, Movement expected) =>
        Assert.Equal(expected, GradeOrdering.Compare(from, to));

    [Fact]
    public void ShouldPlaceEveryCodeOfTheKeyAndEveryCompositeTheLettersPrint()
    {
        Assert.Equal(["O", "G", "S", "RI", "S / RI", "<G", ">RI", "I", "CC", "SW", "SM", "NI"], GradeOrdering.Steps.Select(s => s.Code));
        Assert.All(GradeOrdering.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Theory]
    [InlineData("O", true)]
    [InlineData("G", true)]
    [InlineData(">RI", true)]
    [InlineData("RI", false)]
    [InlineData("<G", false)]
    [InlineData("NI", false)]
    public void ShouldCountOnlyGradesCertainlyGoodOrBetterAsGoodOrBetter(string grade, bool expected) =>
        Assert.Equal(expected, GradeOrdering.IsGoodOrBetter(grade));

    [Fact]
    public void ShouldGiveAWideIntervalForFifteenSchools()
    {
        var (low, high) = GradeTransitions.Wilson(11, 15);
        Assert.Equal(0.4805, low, 3);
        Assert.Equal(0.8910, high, 3);
    }
}
