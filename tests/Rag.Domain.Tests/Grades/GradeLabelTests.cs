using Rag.Domain.Grades;

namespace Rag.Domain.Tests.Grades;

public class GradeLabelTests
{
    static readonly GradeCode[] Key =
    [
        new() { Code = "RI", Meaning = "requires improvement" },
        new() { Code = "S / RI", Meaning = "satisfactory, or requires improvement", IsComposite = true },
    ];

    [Theory]
    [InlineData("RI", "RI")]
    [InlineData("Ri", "RI")]
    [InlineData("S/RI", "S / RI")]
    [InlineData(" S / RI ", "S / RI")]
    public void ShouldMatchPrintedVariantsToTheKey(string printed, string code) =>
        Assert.Equal(code, GradeLabel.Match(printed, Key)?.Code);

    [Theory]
    [InlineData("“inadequate”")]
    [InlineData("")]
    [InlineData(null)]
    public void ShouldNotMatchWhatTheKeyDoesNotHold(string? printed) => Assert.Null(GradeLabel.Match(printed, Key));
}
