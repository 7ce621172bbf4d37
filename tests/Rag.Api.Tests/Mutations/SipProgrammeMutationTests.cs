using System.Text.Json.Nodes;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

/// <summary>The SIP programme's records through their mutations: what each rule reports in the payload, and
/// an LA editor's scope over readiness evaluations and reviews.</summary>
public abstract class SipProgrammeMutationTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    readonly Editor editor = new(api);

    Task<string> La(string name) => editor.IdOf($"{{ localAuthorities(where: {{ name: {{ eq: \"{name}\" }} }}) {{ nodes {{ id }} }} }}", "localAuthorities");
    Task<string> Region(string name) => editor.IdOf($"{{ regions(where: {{ name: {{ eq: \"{name}\" }} }}) {{ nodes {{ id }} }} }}", "regions");

    [Fact]
    public async Task ShouldReportAnAllocationOutsideTheRegionsTheSipWorksIn()
    {
        var school = await editor.Create("School", new { name = "Rag Willingness Primary", localAuthorityId = await La("Barnet"), phase = "PRIMARY" });
        var sip = await editor.Create("Sip", new { name = "W. Partner", sectors = new[] { "PRIMARY" }, accreditedOn = "2006-06-01", status = "ACCREDITED" });
        await editor.Create("SipWorkingArea", new { sipId = sip, regionId = await Region("North East") });

        // Ended within three years: an open deployment from 2007 is measured to today and breaches 003 line 1076 too.
        var outside = await editor.Run("create", "SipDeployment", new { sipId = sip, schoolId = school, startsOn = "2007-01-08", endsOn = "2009-07-31", daysPerYear = 5.0 });
        Assert.Equal(["SIP_NOT_WILLING_TO_WORK_IN_REGION"], Rules(outside));
        Assert.Equal("003_647eae05d11896ce.txt:1296-1297", (string?)outside["ruleFindings"]![0]!["source"]);

        await editor.Create("SipWorkingArea", new { sipId = sip, regionId = await Region("London 1"), localAuthorityId = await La("Barnet") });
        var willing = await editor.Run("update", "SipDeployment", new { id = (string)outside["sipDeployment"]!["id"]!, version = 0, daysPerYear = 5.0 });
        Assert.Empty(Rules(willing));
    }

    [Fact]
    public async Task ShouldLetAnLaEditorRecordReadinessOnlyForTheirLa()
    {
        var client = await api.CreateClientAsAsync(Roles.LaEditor, "Barnet");
        var area = await editor.IdOf("{ readinessAreas(where: { order: { eq: 3 } }) { nodes { id } } }", "readinessAreas");
        var red = await editor.IdOf("{ readinessStatements(where: { colour: { eq: RED } }) { nodes { id } } }", "readinessStatements");
        const string create = "mutation($input: CreateReadinessEvaluationInput!) { createReadinessEvaluation(input: $input) { readinessEvaluation { readinessStatement { label colour } } errors { __typename } } }";

        var own = await client.DataAsync(create, new { input = new { localAuthorityId = await La("Barnet"), evaluatedOn = "2006-11-20", readinessAreaId = area, readinessStatementId = red } });
        var other = await client.DataAsync(create, new { input = new { localAuthorityId = await La("Camden"), evaluatedOn = "2006-11-20", readinessAreaId = area, readinessStatementId = red } });

        Assert.Equal("RED", (string?)own["createReadinessEvaluation"]!["readinessEvaluation"]!["readinessStatement"]!["colour"]);
        Assert.Equal("ForbiddenError", (string?)other["createReadinessEvaluation"]!["errors"]![0]!["__typename"]);
    }

    [Fact]
    public async Task ShouldReportARemovalThatNamesNoCriterion()
    {
        var sip = await editor.Create("Sip", new { name = "R. Partner", sectors = new[] { "SPECIAL" }, accreditedOn = "2006-06-01", status = "REMOVED" });

        var removal = await editor.Run("create", "AccreditationEvent", new { sipId = sip, kind = "REMOVED", occurredOn = "2008-02-01" });
        Assert.Equal(["ACCREDITATION_REMOVED_WITHOUT_CRITERION"], Rules(removal));

        var conduct = await editor.IdOf("{ removalCriteria(where: { order: { eq: 2 } }) { nodes { id } } }", "removalCriteria");
        var named = await editor.Run("create", "AccreditationEvent", new { sipId = sip, kind = "REMOVED", occurredOn = "2008-02-01", removalCriterionId = conduct });
        Assert.Empty(Rules(named));
    }

    [Fact]
    public async Task ShouldRecordAReviewAndTheCommentariesAReportCovers()
    {
        var la = await La("Barnet");
        var school = await editor.Create("School", new { name = "Rag Report Primary", localAuthorityId = la, phase = "PRIMARY" });
        var sip = await editor.Create("Sip", new { name = "C. Partner", sectors = new[] { "PRIMARY" }, accreditedOn = "2006-06-01", status = "ACCREDITED" });
        var visit = await editor.Create("Visit", new { sipId = sip, schoolId = school, visitedOn = "2007-02-01", lengthDays = 1.0, purpose = "Spring review" });
        var commentary = await editor.IdOf("{ requiredCommentaries(where: { order: { eq: 1 } }) { nodes { id } } }", "requiredCommentaries");

        await editor.Create("ReportSection", new { visitId = visit, requiredCommentaryId = commentary });
        await editor.Create("AnnualPerformanceReview", new
        {
            sipId = sip, localAuthorityId = la, reviewedOn = "2007-07-10", sipManager = "The LA's SIP manager",
            actionsAgreed = "Shadow a visit in the autumn term", sipSignedOn = "2007-07-12", managerSignedOn = "2007-07-13",
        });

        var duplicate = await editor.Run("create", "ReportSection", new { visitId = visit, requiredCommentaryId = commentary });
        Assert.Equal("DuplicateError", (string?)duplicate["errors"]![0]!["__typename"]);
    }

    static string[] Rules(JsonNode payload) => payload["ruleFindings"]!.AsArray().Select(f => (string)f!["rule"]!).ToArray();
}

public sealed class SqliteSipProgrammeMutationTests(SqliteApi api) : SipProgrammeMutationTests<SqliteApi>(api);

public sealed class PostgresSipProgrammeMutationTests(PostgresApi api) : SipProgrammeMutationTests<PostgresApi>(api);
