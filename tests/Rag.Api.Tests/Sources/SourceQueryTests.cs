using Rag.Testing;

namespace Rag.Api.Tests.Sources;

/// <summary>From a passage of a source to what Rag made of it: each document's coverage, and the records citing a line.</summary>
public class SourceQueryTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task ShouldGiveEachDocumentsCoverageWithNothingUnaccounted()
    {
        var data = await api.CreateClient().DataAsync("""
            { sourceDocuments { document citedShare unaccounted { lines } uncurated { lines { first last } reason } } }
            """);

        var documents = data["sourceDocuments"]!.AsArray();
        Assert.Equal(5, documents.Count);
        Assert.All(documents, d => Assert.Empty(d!["unaccounted"]!.AsArray()));
        Assert.All(documents, d => Assert.InRange(d!["citedShare"]!.GetValue<double>(), 0.05, 1));
        Assert.Contains(documents[3]!["uncurated"]!.AsArray(), u => u!["reason"]!.GetValue<string>().Contains("issue 14"));
    }

    [Fact]
    public async Task ShouldLeadFromALineToTheRecordsThatCiteIt()
    {
        var data = await api.CreateClient().DataAsync("""
            { citations(document: "004_c105bcd389ca7b9e.txt", line: 644) {
                entityType field lines label record { ... on VisitEntitlement { bound halfDaysPerYear } } } }
            """);

        var atLeast12 = data["citations"]!.AsArray().Single(c => c!["record"]?["bound"]?.GetValue<string>() == "AT_LEAST");
        Assert.Equal("VisitEntitlement", atLeast12!["entityType"]!.GetValue<string>());
        Assert.Equal(12, atLeast12["record"]!["halfDaysPerYear"]!.GetValue<double>());
        Assert.Equal("644", atLeast12["lines"]!.GetValue<string>());
    }

    [Fact]
    public async Task ShouldAnswerNullForADocumentThatIsNotOne()
    {
        var data = await api.CreateClient().DataAsync("""{ sourceCoverage(document: "nope.txt") { document } }""");

        Assert.Null(data["sourceCoverage"]);
    }
}
