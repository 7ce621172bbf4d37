using System.Text.Json;
using Rag.Testing;
using Snapshooter.Xunit;

namespace Rag.Api.Tests.Queries;

/// <summary>Snapshots of the README's example queries on the real seeded data: a change to the data or the API
/// that alters an answer shows up here.</summary>
public class ResearcherQueryTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    async Task<string> Answer(string query) =>
        (await api.CreateClient().DataAsync(query)).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task ShouldListEveryUseOfDataFindingAcrossLasByLetterDate() =>
        Snapshot.Match(await Answer(ResearcherQueries.UseOfDataAcrossLas));

    [Fact]
    public async Task ShouldShowTheGradeTransitionsOfARegionsLetters() =>
        Snapshot.Match(await Answer(ResearcherQueries.TransitionsInARegion));

    [Fact]
    public async Task ShouldListRedFindingsOnLaEffectiveness() =>
        Snapshot.Match(await Answer(ResearcherQueries.RedFindingsOnLaEffectiveness));

    [Fact]
    public async Task ShouldShowHowFarTheTwoReadingsAgree() =>
        Snapshot.Match(await Answer(ResearcherQueries.ReadingAgreement));
}
