using System.Text.Json.Nodes;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

/// <summary>An LA editor's reach over the SIP programme's records: their LAs' report sections (through the visit's
/// school), readiness evaluations and reviews, and none of a SIP's working areas, which are the SIP's statement.</summary>
public abstract class SipProgrammeScopeTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    readonly Editor editor = new(api);

    Task<Editor> BarnetEditor() => api.CreateClientAsAsync(Roles.LaEditor, "Barnet").ContinueWith(c => new Editor(c.Result));
    Task<string> La(string name) => editor.IdOf($"{{ localAuthorities(where: {{ name: {{ eq: \"{name}\" }} }}) {{ nodes {{ id }} }} }}", "localAuthorities");
    Task<string> Commentary(int order) => editor.IdOf($"{{ requiredCommentaries(where: {{ order: {{ eq: {order} }} }}) {{ nodes {{ id }} }} }}", "requiredCommentaries");

    async Task<string> VisitIn(string la, string school)
    {
        var schoolId = await editor.Create("School", new { name = school, localAuthorityId = await La(la), phase = "PRIMARY" });
        var sip = await editor.Create("Sip", new { name = $"SIP of {school}", sectors = new[] { "PRIMARY" }, accreditedOn = "2006-06-01", status = "ACCREDITED" });
        return await editor.Create("Visit", new { sipId = sip, schoolId, visitedOn = "2007-02-01", lengthDays = 1.0, purpose = "Spring review" });
    }

    [Fact]
    public async Task ShouldLetAnLaEditorRecordReportSectionsOnlyOnTheirLasVisits()
    {
        var own = await VisitIn("Barnet", "Rag Scope Barnet Primary");
        var other = await VisitIn("Camden", "Rag Scope Camden Primary");
        var theirs = await editor.Create("ReportSection", new { visitId = other, requiredCommentaryId = await Commentary(1) });
        var barnet = await BarnetEditor();

        var recorded = await barnet.Run("create", "ReportSection", new { visitId = own, requiredCommentaryId = await Commentary(2) });
        Assert.True(recorded["errors"] is null, recorded.ToJsonString());
        Assert.Equal("ForbiddenError", Error(await barnet.Run("create", "ReportSection", new { visitId = other, requiredCommentaryId = await Commentary(2) })));
        var section = recorded["reportSection"]!;
        Assert.Equal("ForbiddenError", Error(await barnet.Run("update", "ReportSection", new { id = (string)section["id"]!, version = (int)section["version"]!, visitId = other })));
        Assert.Equal("ForbiddenError", Error(await barnet.Run("update", "ReportSection", new { id = theirs, version = 0, text = "Rewritten from Barnet" })));
    }

    [Fact]
    public async Task ShouldLetAnLaEditorChangeOnlyTheirLasReadinessAndReviews()
    {
        var area = await editor.IdOf("{ readinessAreas(where: { order: { eq: 5 } }) { nodes { id } } }", "readinessAreas");
        var amber = await editor.IdOf("{ readinessStatements(where: { colour: { eq: AMBER } }) { nodes { id } } }", "readinessStatements");
        var camden = await editor.Create("ReadinessEvaluation", new { localAuthorityId = await La("Camden"), evaluatedOn = "2007-01-15", readinessAreaId = area, readinessStatementId = amber });
        var sip = await editor.Create("Sip", new { name = "Rag Reviewed Partner", sectors = new[] { "PRIMARY" }, accreditedOn = "2006-06-01", status = "ACCREDITED" });
        var barnet = await BarnetEditor();

        Assert.Equal("ForbiddenError", Error(await barnet.Run("update", "ReadinessEvaluation", new { id = camden, version = 0, note = "Seen from Barnet" })));
        var review = new { sipId = sip, reviewedOn = "2007-07-10", sipManager = "The LA's SIP manager" };
        var own = await barnet.Run("create", "AnnualPerformanceReview", new { review.sipId, review.reviewedOn, review.sipManager, localAuthorityId = await La("Barnet") });
        Assert.True(own["errors"] is null, own.ToJsonString());
        Assert.Equal("ForbiddenError", Error(await barnet.Run("create", "AnnualPerformanceReview", new { review.sipId, review.reviewedOn, review.sipManager, localAuthorityId = await La("Camden") })));
    }

    [Fact]
    public async Task ShouldLeaveASipsWorkingAreasToEditors()
    {
        var sip = await editor.Create("Sip", new { name = "Rag Willing Partner", sectors = new[] { "PRIMARY" }, accreditedOn = "2006-06-01", status = "ACCREDITED" });
        var region = await editor.IdOf("{ regions(where: { name: { eq: \"London 1\" } }) { nodes { id } } }", "regions");
        var barnet = await BarnetEditor();

        // Even naming their own LA: where a SIP will work is the SIP's statement (003 lines 1296-1297).
        var refused = await barnet.Run("create", "SipWorkingArea", new { sipId = sip, regionId = region, localAuthorityId = await La("Barnet") });
        Assert.Equal("ForbiddenError", Error(refused));
        await editor.Create("SipWorkingArea", new { sipId = sip, regionId = region, localAuthorityId = await La("Barnet") });
    }

    static string? Error(JsonNode payload) => (string?)payload["errors"]?[0]?["__typename"];
}

public sealed class SqliteSipProgrammeScopeTests(SqliteApi api) : SipProgrammeScopeTests<SqliteApi>(api);

public sealed class PostgresSipProgrammeScopeTests(PostgresApi api) : SipProgrammeScopeTests<PostgresApi>(api);
