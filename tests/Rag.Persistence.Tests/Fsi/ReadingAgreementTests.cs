using Rag.Persistence.Fsi;
using Rag.Persistence.Seed;
using Xunit.Abstractions;

namespace Rag.Persistence.Tests.Fsi;

/// <summary>The agreement between the two readings is computed from the readings shipped as data.</summary>
public class ReadingAgreementTests(ITestOutputHelper output)
{
    readonly ReadingAgreementReport report = new ReadingAgreement(new SeedFiles()).Report;

    [Fact]
    public void ShouldPairEveryFindingOfBothReadings()
    {
        var overall = report.Overall;
        output.WriteLine($"first {overall.FirstReadingFindings}, second {overall.SecondReadingFindings}, paired {overall.Paired}, " +
                         $"bound alike {overall.BoundAlike} ({overall.BoundaryAgreement:P1}); heading {overall.HeadingAgreement:P1} κ {overall.HeadingKappa:F3}; " +
                         $"LA {overall.LocalAuthorityAgreement:P1} κ {overall.LocalAuthorityKappa:F3}; RAG {overall.RagAgreement:P1} κ {overall.RagKappa:F3}");
        foreach (var letter in report.Letters)
            output.WriteLine($"| {letter.LocalAuthority} | {letter.Figures.FirstReadingFindings} | {letter.Figures.SecondReadingFindings} | " +
                             $"{letter.Figures.BoundaryAgreement:P0} | {letter.Figures.HeadingAgreement:P0} | {letter.Figures.HeadingKappa:F2} | " +
                             $"{letter.Figures.LocalAuthorityAgreement:P0} | {letter.Figures.RagAgreement:P0} | {letter.Figures.RagKappa:F2} |");

        Assert.Equal(424, overall.FirstReadingFindings);
        Assert.Equal(422, overall.SecondReadingFindings);
        Assert.Equal(17, report.Letters.Count);
        Assert.InRange(overall.HeadingKappa!.Value, 0, 1);
    }

    [Fact]
    public void ShouldComputeCohensKappaAsInTheTextbook()
    {
        // 50 codings: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no; observed .7, chance .5, kappa .4.
        var codings = Enumerable.Repeat(("yes", "yes"), 20).Concat(Enumerable.Repeat(("yes", "no"), 5))
            .Concat(Enumerable.Repeat(("no", "yes"), 10)).Concat(Enumerable.Repeat(("no", "no"), 15)).ToList();

        Assert.Equal(0.4, ReadingAgreement.CohensKappa(codings)!.Value, 6);
        Assert.Null(ReadingAgreement.CohensKappa([("a", "a"), ("a", "a")]));
    }
}
