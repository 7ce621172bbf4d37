using Rag.Domain.Schools;

namespace Rag.Domain.Tests.Schools;

public class EntitlementRulesTests
{
    static VisitEntitlement Passage(string lines, double? halfDays, EntitlementBound bound) =>
        new() { Text = $"passage at {lines}", HalfDaysPerYear = halfDays, Bound = bound, SourceDocument = "004.txt", SourceLines = lines };

    static IReadOnlyList<string> Check(params VisitEntitlement[] passages) =>
        EntitlementRules.Check(new SchoolCategory { Number = 5, Name = "Schools in category", Entitlements = [.. passages] })
            .Select(f => f.Source).ToList();

    [Fact]
    public void ShouldReportAMaximumAtOrBelowAnotherPassagesMinimum() =>
        Assert.Equal(["004.txt:117,644"], Check(Passage("644", 12, EntitlementBound.AtLeast), Passage("117", 12, EntitlementBound.UpTo)));

    [Fact]
    public void ShouldReportDifferentExactNumbers() =>
        Assert.Equal(["004.txt:113,444"], Check(Passage("113", 1, EntitlementBound.Exactly), Passage("444", 3, EntitlementBound.Exactly)));

    [Fact]
    public void ShouldAcceptPassagesThatCanAllHold() =>
        Assert.Empty(Check(Passage("115", 4, EntitlementBound.AtLeast), Passage("446", 4, EntitlementBound.AtLeast),
            Passage("635", 4, EntitlementBound.Exactly), Passage("283", null, EntitlementBound.Unspecified), Passage("116", 6, EntitlementBound.UpTo)));
}
