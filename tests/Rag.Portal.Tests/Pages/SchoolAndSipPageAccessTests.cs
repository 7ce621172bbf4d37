using System.Net;
using Rag.Api.GraphQL.Data;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Pages;

/// <summary>Every school and SIP page for every role: 200 for those who may, 403 or the sign-in page for the rest.</summary>
public class SchoolAndSipPageAccessTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    public static TheoryData<string> Roles_ => [Roles.Admin, Roles.Editor, Roles.LaEditor, Roles.Viewer];

    [Theory]
    [MemberData(nameof(Roles_))]
    public async Task ShouldShowTheReadingPagesToEveryRole(string role)
    {
        var school = await api.AddSchoolAsync("Access Primary " + role);
        var sip = await api.AddSipAsync("Access SIP " + role);
        var client = await api.CreateClientAsAsync(role, "Leeds");

        foreach (var url in new[] { "/", "/Schools", "/Schools?q=Access&phase=Primary", $"/Schools/Details/{school.Id}", "/Sips", $"/Sips/Details/{sip.Id}" })
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{role} GET {url}");
    }

    [Theory]
    [MemberData(nameof(Roles_))]
    public async Task ShouldShowTheEditingPagesOnlyToEditingRoles(string role)
    {
        var client = await api.CreateClientAsAsync(role, "Leeds");
        var expected = role == Roles.Viewer ? HttpStatusCode.Forbidden : HttpStatusCode.OK;

        foreach (var url in new[] { "/Schools/Create", "/Sips/Create", "/Sips/Allocate" })
            Assert.True((await client.GetAsync(url)).StatusCode == expected, $"{role} GET {url}");
    }

    [Fact]
    public async Task ShouldSendAnonymousVisitorsToSignIn()
    {
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { "/Schools", "/Sips", "/Sips/Allocate" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location?.ToString());
        }
    }

    [Fact]
    public async Task ShouldRefuseAnLaEditorChangingAnotherLasSchoolThroughGraphQL()
    {
        var school = await api.AddSchoolAsync("Bradford Road Primary", "Bradford");
        var client = await api.CreateClientAsAsync(Roles.LaEditor, "Leeds");

        var answer = await client.PostAsync(
            "mutation($i: UpdateSchoolInput!) { updateSchool(input: $i) { school { name } errors { __typename ... on Error { message } } } }",
            new { i = new { id = GlobalId.Encode("School", school.Id), version = school.Version, name = "Renamed by Leeds" } });

        Assert.Equal("ForbiddenError", (string?)answer["data"]!["updateSchool"]!["errors"]![0]!["__typename"]);
        Assert.Null(answer["data"]!["updateSchool"]!["school"]);
    }

    [Fact]
    public async Task ShouldFlagOnTheDashboardADeploymentOverThreeYears()
    {
        var school = await api.AddSchoolAsync("Long Stay Primary");
        var sip = await api.AddSipAsync("Long Stay SIP");
        await api.AddDeploymentAsync(sip.Id, school.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-4));
        var client = await api.CreateClientAsAsync(Roles.LaEditor, "Leeds");

        var html = await client.GetStringAsync("/");

        Assert.Contains("England's school-improvement record: 17 FSI letters", html);
        Assert.Contains("DEPLOYMENT_OVER_THREE_YEARS", html);
        Assert.Contains("document 003, line 1076", html);
        Assert.Contains($"/Schools/Details/{school.Id}", html);
    }
}
