using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

public abstract class MutationTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    readonly Editor editor = new(api);

    Task<string> Leeds() => editor.IdOf("{ localAuthorities(where: { name: { eq: \"Leeds\" } }) { nodes { id } } }", "localAuthorities");
    Task<string> Derby() => editor.IdOf("{ localAuthorities(where: { name: { eq: \"Derby\" } }) { nodes { id } } }", "localAuthorities");

    [Fact]
    public async Task ShouldCreateUpdateAndDeleteASchoolWithItsInspections()
    {
        var school = await editor.Create("School", new { name = "Rag Test Primary", localAuthorityId = await Leeds(), phase = "PRIMARY", urn = 900001 });
        var good = await editor.IdOf("{ gradeCodes(where: { code: { eq: \"G\" } }) { nodes { id } } }", "gradeCodes");
        var inspection = await editor.Create("Inspection", new { schoolId = school, inspectedOn = "2013-05-01", gradeCodeId = good });

        var renamed = await editor.Run("update", "School", new { id = school, version = 0, name = "Rag Test Academy" }, "name createdBy updatedBy");
        Assert.Equal("Rag Test Academy", (string?)renamed["school"]!["name"]);
        Assert.Equal(1, (int)renamed["school"]!["version"]!);
        Assert.Equal("tester", (string?)renamed["school"]!["createdBy"]);
        Assert.Equal("tester", (string?)renamed["school"]!["updatedBy"]);

        var refused = await editor.Run("delete", "School", new { id = school, version = 1 });
        Assert.Equal("StillReferencedError", (string?)refused["errors"]![0]!["__typename"]);
        Assert.Equal("Inspection", (string?)refused["errors"]![0]!["referencedBy"]![0]!["typeName"]);
        Assert.Equal(inspection, (string?)refused["errors"]![0]!["referencedBy"]![0]!["ids"]![0]);

        Assert.Null((await editor.Run("delete", "Inspection", new { id = inspection, version = 0 }))["errors"]);
        var deleted = await editor.Run("delete", "School", new { id = school, version = 1 });
        Assert.Null(deleted["errors"]);
        Assert.Equal(school, (string?)deleted["school"]!["id"]);
        Assert.Equal("NotFoundError", (string?)(await editor.Run("delete", "School", new { id = school, version = 1 }))["errors"]![0]!["__typename"]);
    }

    [Fact]
    public async Task ShouldReportADeploymentOverThreeYearsInThePayload()
    {
        var school = await editor.Create("School", new { name = "Rag Deployment School", localAuthorityId = await Derby(), phase = "SECONDARY" });
        var sip = await editor.Create("Sip", new { name = "A. Partner", sectors = new[] { "SECONDARY" }, accreditedOn = "2008-01-01", status = "ACCREDITED" });

        var deployment = await editor.Run("create", "SipDeployment",
            new { sipId = sip, schoolId = school, startsOn = "2008-09-01", endsOn = "2012-08-31", daysPerYear = 5.0 });

        Assert.Null(deployment["errors"]);
        // The SIP has said nowhere they will work, so the willingness breach (003 line 1297) comes too.
        var finding = Assert.Single(deployment["ruleFindings"]!.AsArray(), f => (string?)f!["rule"] == "DEPLOYMENT_OVER_THREE_YEARS");
        Assert.Equal("BREACH", (string?)finding!["severity"]);
        Assert.Equal("003_647eae05d11896ce.txt:1076", (string?)finding!["source"]);

        var visit = await editor.Run("create", "Visit", new { sipId = sip, schoolId = school, visitedOn = "2009-01-20", lengthDays = 0.5, purpose = "Autumn review" });
        Assert.Null(visit["errors"]);
    }

    [Fact]
    public async Task ShouldReportACategoryOfAnotherLa()
    {
        var school = await editor.Create("School", new { name = "Rag Category School", localAuthorityId = await Derby(), phase = "PRIMARY" });
        var category = await editor.IdOf("{ schoolCategories(where: { number: { eq: 1 } }) { nodes { id } } }", "schoolCategories");

        var payload = await editor.Run("create", "SchoolCategorisation", new { schoolId = school, schoolCategoryId = category, startsOn = "2013-09-01" });

        Assert.Equal("CATEGORY_OF_ANOTHER_LA", (string?)payload["ruleFindings"]![0]!["rule"]);
    }

    [Fact]
    public async Task ShouldConfirmAFindingsRagRatingAndRefuseAStaleVersion()
    {
        var finding = await editor.IdOf("{ fsiFindings(first: 1, order: [{ id: DESC }]) { nodes { id } } }", "fsiFindings");

        var confirmed = await editor.Run("update", "FsiFinding", new { id = finding, version = 0, rag = "AMBER" }, "rag ragIsInferred");
        Assert.Equal("AMBER", (string?)confirmed["fsiFinding"]!["rag"]);
        Assert.False((bool)confirmed["fsiFinding"]!["ragIsInferred"]!);

        var stale = await editor.Run("update", "FsiFinding", new { id = finding, version = 0, rag = "GREEN" });
        Assert.Null(stale["fsiFinding"]);
        Assert.Equal("ConflictError", (string?)stale["errors"]![0]!["__typename"]);
        Assert.Equal(1, (int)stale["errors"]![0]!["currentVersion"]!);
    }

    [Fact]
    public async Task ShouldCreateALetterWithFindingsAndASelfEvaluation()
    {
        var letter = await editor.Create("FsiLetter", new { localAuthorityId = await Leeds(), printedName = "Leeds City Council", letterDate = "2015-01-15", schoolCount = 4 });
        var heading = await editor.IdOf("{ fsiHeadings(where: { name: { eq: \"LA - use of data\" } }) { nodes { id } } }", "fsiHeadings");
        await editor.Create("FsiFinding", new { fsiLetterId = letter, fsiHeadingId = heading, text = "“Data are used well”", rag = "GREEN", order = 1 });
        var standard = await editor.IdOf("{ qualityStandards(where: { code: { eq: \"2.5\" } }) { nodes { id } } }", "qualityStandards");
        var level = await editor.IdOf("{ descriptorLevels(order: [{ rank: ASC }], first: 1) { nodes { id } } }", "descriptorLevels");
        await editor.Create("SelfEvaluation", new { localAuthorityId = await Leeds(), qualityStandardId = standard, descriptorLevelId = level, judgedOn = "2009-03-31" });

        var saved = await api.CreateClient().DataAsync($"{{ fsiLetter(id: \"{letter}\") {{ ruleFindings {{ rule }} findings {{ text heading {{ name }} }} localAuthority {{ selfEvaluations {{ qualityStandard {{ code }} }} }} }} }}");
        Assert.Equal("LA - use of data", (string?)saved["fsiLetter"]!["findings"]![0]!["heading"]!["name"]);
        Assert.Equal(["BEFORE_MISSING", "TRANSITIONS_MISSING"], saved["fsiLetter"]!["ruleFindings"]!.AsArray().Select(r => (string)r!["rule"]!));
        Assert.Equal("2.5", (string?)saved["fsiLetter"]!["localAuthority"]!["selfEvaluations"]![0]!["qualityStandard"]!["code"]);
    }

    [Fact]
    public async Task ShouldReportEachBadInputBesideItsField()
    {
        var payload = await editor.Run("create", "School", new { name = "  ", localAuthorityId = "bm9wZQ==", phase = "PRIMARY" });

        Assert.Null(payload["school"]);
        Assert.Equal(["localAuthorityId", "name"], payload["errors"]!.AsArray().Select(e => (string)e!["field"]!).Order());
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("ValidationError", (string?)e!["__typename"]));
    }

    [Fact]
    public async Task ShouldRefuseADuplicateAndADeleteThatWouldOrphanRecords()
    {
        var region = await editor.IdOf("{ regions(first: 1) { nodes { id } } }", "regions");
        var duplicate = await editor.Run("create", "LocalAuthority", new { name = "Leeds", regionId = region });
        var orphaning = await editor.Run("delete", "Region", new { id = region, version = 0 });

        Assert.Equal("DuplicateError", (string?)duplicate["errors"]![0]!["__typename"]);
        Assert.Equal(["name"], duplicate["errors"]![0]!["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("StillReferencedError", (string?)orphaning["errors"]![0]!["__typename"]);
        Assert.Equal(150, (int)(await api.CreateClient().DataAsync("{ localAuthorities { totalCount } }"))["localAuthorities"]!["totalCount"]!);
    }

    /// <summary>Every mutation the schema has: a well-formed ID of a missing record is NotFound, and an ID of
    /// another type is a ValidationError, never an exception.</summary>
    [Fact]
    public async Task ShouldAnswerEveryUpdateAndDeleteOfAMissingRecordWithATypedError()
    {
        var mutations = api.Services.GetRequiredService<ISchema>().Mutation!.Fields.Where(f => !f.Name.StartsWith("create")).ToList();
        Assert.True(mutations.Count >= 60, $"{mutations.Count} mutations");
        foreach (var mutation in mutations)
        {
            var entity = mutation.Name.StartsWith("update") ? mutation.Name["update".Length..] : mutation.Name["delete".Length..];
            var missing = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{entity}:987654"));
            var notFound = await editor.Run(mutation.Name[..6], entity, new { id = missing, version = 0 });
            var wrongType = await editor.Run(mutation.Name[..6], entity, new { id = "Tm9wZToxCg==", version = 0 });

            Assert.Equal("NotFoundError", (string?)notFound["errors"]![0]!["__typename"]);
            Assert.Equal("ValidationError", (string?)wrongType["errors"]![0]!["__typename"]);
        }
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "AUTH_NOT_AUTHENTICATED")]
    [InlineData("not-a-key", HttpStatusCode.Unauthorized, "AUTH_NOT_AUTHENTICATED")]
    public async Task ShouldRefuseMutationsWithoutAnEditorsKey(string? key, HttpStatusCode status, string code)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "mutation { deleteRegion(input: { id: \"x\", version: 0 }) { errors { __typename } } }" });
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal([code], answer.Codes());
        Assert.Equal(9, (int)(await client.DataAsync("{ regions { totalCount } }"))["regions"]!["totalCount"]!);
    }
}

public sealed class SqliteMutationTests(SqliteApi api) : MutationTests<SqliteApi>(api);

public sealed class PostgresMutationTests(PostgresApi api) : MutationTests<PostgresApi>(api);
