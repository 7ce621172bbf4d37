using Rag.Domain.Schools;
using Rag.Domain.Sips;

namespace Rag.Domain.Tests.Sips;

public class SectorRulesTests
{
    [Theory]
    [InlineData(AccreditationSectors.Primary, SchoolPhase.Primary, true)]
    [InlineData(AccreditationSectors.Primary, SchoolPhase.Secondary, false)]
    [InlineData(AccreditationSectors.Secondary, SchoolPhase.PupilReferralUnit, true)]
    [InlineData(AccreditationSectors.Secondary, SchoolPhase.Special, false)]
    [InlineData(AccreditationSectors.Special, SchoolPhase.Special, true)]
    [InlineData(AccreditationSectors.Secondary, SchoolPhase.Middle, true)]
    [InlineData(AccreditationSectors.Primary, SchoolPhase.AllThrough, false)]
    [InlineData(AccreditationSectors.Primary | AccreditationSectors.Secondary, SchoolPhase.AllThrough, true)]
    public void ShouldCoverOnlyTheAccreditedPhases(AccreditationSectors sectors, SchoolPhase phase, bool covers) =>
        Assert.Equal(covers, SectorRules.Covers(sectors, phase));
}
