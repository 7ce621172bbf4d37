using System.Net.Http.Json;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Rag.Api.GraphQL.Rendering;
using Rag.Domain.Sips;
using Rag.Persistence;
using Rag.Testing;

namespace Rag.Api.Tests.Rendering;

/// <summary>Lists written straight to JSON: every answer is byte for byte the one GraphQL.NET's own executor gives
/// over the same database, whether the lists were rendered (plain fields, fragments, aliases, __typename, analyses,
/// scalar lists) or left to the executor (a directive, a field that is not a plain read).</summary>
public abstract class RenderedListTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    /// <summary>The answer from Rag's host and from the same host with GraphQL.NET's serial executor, and how many
    /// lists Rag's rendered.</summary>
    async Task<(string Rendered, string Executed, int Lists)> BothAsync(string query, object? variables = null)
    {
        List<RenderBuffer> buffers = [];
        await using var rendering = api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped(_ =>
        {
            var buffer = new RenderBuffer();
            lock (buffers) buffers.Add(buffer);
            return buffer;
        })));
        await using var executing = api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IExecutionStrategySelector>(
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]))));
        var rendered = await AnswerAsync(rendering, query, variables);
        var executed = await AnswerAsync(executing, query, variables);
        Assert.DoesNotContain("\"errors\"", executed);
        return (rendered, executed, buffers.Sum(b => b.Lists));
    }

    static async Task<string> AnswerAsync(WebApplicationFactory<Program> host, string query, object? variables)
    {
        using var response = await host.CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task ShouldRenderRecordsWithReferencesFragmentsAliasesAndTypeNamesAsTheExecutorWould()
    {
        var (rendered, executed, lists) = await BothAsync("""
            query { fsiFindings(first: 200, order: [{ id: ASC }]) { nodes { __typename id ...Finding rag said: text
                heading { name } heading { group { name } }
                ... on FsiFinding { letter { letterDate printedName localAuthority { name region { name } } } } } } }
            fragment Finding on FsiFinding { text order curatorNote createdAt version ragIsInferred }
            """);

        Assert.Equal(executed, rendered);
        Assert.Equal(1, lists);
        Assert.Contains("\"__typename\":\"FsiFinding\"", rendered);
    }

    [Fact]
    public async Task ShouldRenderEachLetterFindingsAndEachPageOfThem()
    {
        var (rendered, executed, lists) = await BothAsync("""
            { fsiLetters(first: 10, order: [{ id: ASC }]) { nodes { printedName letterDate
                findings(order: [{ order: DESC }]) { id order text rag }
                findingsConnection(first: 2, after: "MA==") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  edges { cursor node { id } } nodes { id text } } } } }
            """);

        Assert.Equal(executed, rendered);
        Assert.Equal(30, lists); // each letter's findings, and the edges and nodes of its page; the letters hold lists, so are not rendered
    }

    [Fact]
    public async Task ShouldRenderAnOffsetPage()
    {
        var (rendered, executed, lists) = await BothAsync(
            "{ fsiFindingsSegment(skip: 5, take: 7, order: [{ id: ASC }]) { totalCount items { id text heading { name } } } }");

        Assert.Equal(executed, rendered);
        Assert.Equal(1, lists);
    }

    [Fact]
    public async Task ShouldRenderTheAnalysesRecordsAsTheExecutorWould()
    {
        var (rendered, executed, lists) = await BothAsync("""
            { compareLocalAuthorities { tally { red amber green unrated total }
                columns { letterId localAuthorityId localAuthority region letterDate tally { red amber green unrated total } }
                groups { groupId group rows { headingId heading tally { total }
                  cells { localAuthorityId tally { red total } findings { id letterId text rag ragIsInferred uncertain curatorNote letterDate sourceLines } } } } }
              gradeTransitions { schools improved goodOrBetter caveat ordering { code meaning best worst reason }
                before { grade count } flows { from to count movement }
                letters { letterId localAuthority letterDate schools goodOrBetterShare shareLow shareHigh smallSample rank flows { from to count } } } }
            """);

        Assert.Equal(executed, rendered);
        Assert.True(lists >= 6, $"{lists} lists rendered");
    }

    [Fact]
    public async Task ShouldRenderListsOfScalars()
    {
        using (var scope = api.Services.CreateScope()) // the curated record has no SIPs and no indicator names a standard
        {
            var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
            db.Sips.Add(new Sip { Name = "A partner", Sectors = AccreditationSectors.Primary | AccreditationSectors.Special, AccreditedOn = new(2008, 9, 1) });
            (await db.DataIndicators.OrderBy(i => i.Id).FirstAsync()).StandardCodes = ["QS1", "QS3"];
            await db.SaveChangesAsync();
        }

        var (rendered, executed, lists) = await BothAsync(
            "{ dataIndicators(first: 50) { nodes { id standardCodes } } sips(first: 50) { nodes { id sectors } } }");

        Assert.Equal(executed, rendered);
        Assert.Equal(2, lists);
        Assert.Contains("\"standardCodes\":[\"QS1\",\"QS3\"]", rendered);
        Assert.Contains("\"sectors\":[\"PRIMARY\",\"SPECIAL\"]", rendered);
    }

    [Fact]
    public async Task ShouldLeaveAListWithADirectiveToTheExecutor()
    {
        const string query = "query ($heading: Boolean!) { fsiFindings(first: 20) { nodes { text heading @include(if: $heading) { name } } } }";

        foreach (var heading in new[] { true, false })
        {
            var (rendered, executed, lists) = await BothAsync(query, new { heading });
            Assert.Equal(executed, rendered);
            Assert.Equal(0, lists);
        }
    }

    [Fact]
    public async Task ShouldLeaveAListWithAFieldThatIsNotAPlainReadToTheExecutor()
    {
        var (rendered, executed, lists) = await BothAsync("{ fsiFindings(first: 20) { nodes { text suggestedRag } } }");

        Assert.Equal(executed, rendered);
        Assert.Equal(0, lists);
    }
}

public sealed class SqliteRenderedListTests(SqliteApi api) : RenderedListTests<SqliteApi>(api);

public sealed class PostgresRenderedListTests(PostgresApi api) : RenderedListTests<PostgresApi>(api);
