using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Counts;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Profiles;
using Rag.Persistence.Analysis.Search;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Sips;
using Rag.Persistence.Analysis.Transitions;
using Rag.Persistence.Analysis.Wording;
using Rag.Portal.Pages.Analysis;
using Rag.Testing;

namespace Rag.Api.Tests.Analysis;

/// <summary>Each GraphQL analysis field, asked the query a portal page links to ("the same in GraphQL"), returns the
/// figures the query service gives the page for the same filter. No API key is sent: the analyses are public.</summary>
public class AnalysisFieldTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    async Task<T> Service<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    async Task<int> Id(Func<RagDbContext, Task<int>> query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RagDbContext>());
    }

    Task<JsonNode> GraphQL(string query) => api.CreateClient().DataAsync(query);

    static int[] Ints(JsonNode? node, string path) => node!.AsArray().Select(n => Walk(n!, path).GetValue<int>()).ToArray();

    static JsonNode Walk(JsonNode node, string path) => path.Split('.').Aggregate(node, (n, part) => n[part]!);

    [Fact]
    public async Task ShouldCompareLocalAuthoritiesAsTheMatrixServiceDoes()
    {
        var filter = new FindingFilter { Ratings = [RagRating.Red, RagRating.Amber], Uncertain = false, Words = "schools", LetterFrom = new DateOnly(2013, 6, 1) };
        var service = await Service<ComparisonMatrix, ComparisonMatrixResult>(s => s.BuildAsync(filter));
        var field = (await GraphQL(AnalysisQueries.Matrix(filter)))["compareLocalAuthorities"]!;

        Assert.True(service.Tally.Total > 0);
        Assert.Equal(service.Tally.Total, field["tally"]!["total"]!.GetValue<int>());
        Assert.Equal(service.Columns.Select(c => c.Tally.Total), Ints(field["columns"], "tally.total"));
        Assert.Equal(service.AllFindings().Select(f => f.Id),
            field["groups"]!.AsArray().SelectMany(g => g!["rows"]!.AsArray()).SelectMany(r => r!["cells"]!.AsArray())
                .SelectMany(c => c!["findings"]!.AsArray()).Select(f => f!["id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ShouldCountTransitionsAsTheServiceDoes()
    {
        var filter = new LetterFilter { LetterTo = new DateOnly(2014, 6, 30) };
        var service = await Service<GradeTransitions, GradeTransitionsResult>(s => s.BuildAsync(filter));
        var field = (await GraphQL(AnalysisQueries.Transitions(filter)))["gradeTransitions"]!;

        Assert.Equal((service.Improved, service.Stayed, service.Declined), (field["improved"]!.GetValue<int>(), field["stayed"]!.GetValue<int>(), field["declined"]!.GetValue<int>()));
        Assert.Equal(service.Letters.Select(l => l.GoodOrBetter), Ints(field["letters"], "goodOrBetter"));
        Assert.Equal(service.Letters.Select(l => l.Rank), Ints(field["letters"], "rank"));
        var bristol = field["letters"]!.AsArray().Single(l => (string)l!["localAuthority"]! == "Bristol, City of")!;
        Assert.Equal((15, 10, 11), ((int)bristol["schools"]!, (int)bristol["improved"]!, (int)bristol["goodOrBetter"]!));
    }

    [Fact]
    public async Task ShouldCountFindingsAsTheServiceDoes()
    {
        CountDimension[] groupBy = [CountDimension.LocalAuthority, CountDimension.Rating];
        var service = await Service<FindingCounts, List<FindingCount>>(s => s.CountAsync(FindingFilter.All, groupBy));
        var field = (await GraphQL(AnalysisQueries.Counts(FindingFilter.All, groupBy)))["findingCounts"]!;

        Assert.Equal(service.Select(c => c.Count), Ints(field, "count"));
        // Every one of the 422 findings in Seed/Data/FsiLetters falls in exactly one (LA, rating) group.
        Assert.Equal(422, Ints(field, "count").Sum());
    }

    [Fact]
    public async Task ShouldProfileAnLaAndAHeadingAsTheServicesDo()
    {
        var bristol = await Id(db => db.LocalAuthorities.Where(la => la.Name == "Bristol, City of").Select(la => la.Id).SingleAsync());
        var useOfData = await Id(db => db.FsiHeadings.Where(h => h.Name == "LA - use of data").Select(h => h.Id).SingleAsync());
        var la = await Service<LaProfile, LaProfileResult?>(s => s.BuildAsync(bristol));
        var heading = await Service<HeadingProfile, HeadingProfileResult?>(s => s.BuildAsync(useOfData, FindingFilter.All));
        var laField = (await GraphQL(AnalysisQueries.LaProfile(bristol)))["laProfile"]!;
        var headingField = (await GraphQL(AnalysisQueries.HeadingProfile(useOfData, FindingFilter.All)))["headingProfile"]!;

        Assert.Equal(la!.Measures.Select(m => m.Value), laField["measures"]!.AsArray().Select(m => m!["value"]?.GetValue<double>()));
        Assert.Equal(la.Measures.Select(m => m.Rank), laField["measures"]!.AsArray().Select(m => m!["rank"]?.GetValue<int>()));
        Assert.Equal(heading!.Tally.Total, headingField["tally"]!["total"]!.GetValue<int>());
        Assert.Equal(heading.RecurringTerms.Select(t => t.Term), headingField["recurringTerms"]!.AsArray().Select(t => (string)t!["term"]!));
    }

    [Fact]
    public async Task ShouldFindSimilarFindingsAndLasAsTheServicesDo()
    {
        var wording = new WordingFilter { Threshold = 0.3, WordsPerSequence = 4 };
        var pairs = await Service<RecurringWording, List<WordingPair>>(s => s.FindAsync(wording));
        var pairsField = (await GraphQL(AnalysisQueries.RecurringWording(wording)))["similarFindings"]!;
        var similar = await Service<SimilarLocalAuthorities, List<LocalAuthorityNeighbours>>(s => s.FindAsync(new SimilarityFilter { Neighbours = 2 }));
        var similarField = (await GraphQL(AnalysisQueries.SimilarLas(new SimilarityFilter { Neighbours = 2 })))["similarLocalAuthorities"]!;

        Assert.NotEmpty(pairs);
        Assert.Equal(pairs.Select(p => (p.First.Id, p.Second.Id)), pairsField.AsArray().Select(p => ((int)p!["first"]!["id"]!, (int)p["second"]!["id"]!)));
        Assert.Equal(similar.SelectMany(l => l.Nearest).Select(n => n.Similarity),
            similarField.AsArray().SelectMany(l => l!["nearest"]!.AsArray()).Select(n => n!["similarity"]!.GetValue<double>()));
    }

    [Fact]
    public async Task ShouldSearchAsTheServiceDoes()
    {
        var filter = new SearchFilter { Query = "\"support and challenge\" Schools", Kinds = [SearchKind.Finding, SearchKind.LetterReason] };
        var service = await Service<TextSearch, SearchResults>(s => s.SearchAsync(filter));
        var field = (await GraphQL(AnalysisQueries.Search(filter)))["search"]!;

        Assert.True(service.Total > 0);
        Assert.Equal(service.Total, field["total"]!.GetValue<int>());
        Assert.Equal(service.Hits.Select(h => h.RecordId), Ints(field["hits"], "recordId"));
    }

    [Fact]
    public async Task ShouldAnalyseSipVisitsAsTheServiceDoes()
    {
        var filter = new SipVisitFilter { RegionIds = [await Id(db => db.Regions.Where(r => r.Name == "Yorkshire and Humberside").Select(r => r.Id).SingleAsync())] };
        var service = await Service<SipVisitAnalysis, List<LaSipVisits>>(s => s.BuildAsync(filter));
        var field = (await GraphQL(AnalysisQueries.SipVisits(filter)))["sipVisits"]!;

        Assert.Equal(16, service.Count);
        Assert.Equal(service.Select(s => s.Schools), Ints(field, "schools"));
    }
}
