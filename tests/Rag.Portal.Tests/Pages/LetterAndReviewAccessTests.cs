using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Pages;

/// <summary>Who may open the letter pages and the review queue: every role reads letters, only Editors and Admins
/// review findings or change a letter; a signed-out visitor is sent to sign in.</summary>
public class LetterAndReviewAccessTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    public static TheoryData<string, string?, bool> Matrix()
    {
        var data = new TheoryData<string, string?, bool>();
        foreach (var page in new[] { "/Letters", "/Letters/Details/{letter}", "/Letters/Details/{letter}?tab=history", "/Review", "/Review?flag=rag&at=3" })
            foreach (var role in new string?[] { null, Roles.Viewer, Roles.LaEditor, Roles.Editor, Roles.Admin })
                data.Add(page, role, role is not null && (!page.StartsWith("/Review") || role is Roles.Editor or Roles.Admin));
        return data;
    }

    [Theory, MemberData(nameof(Matrix))]
    public async Task ShouldServeThePageOnlyToTheRolesThatMayUseIt(string page, string? role, bool allowed)
    {
        var client = role is null
            ? api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : await api.CreateClientAsAsync(role, "Bristol, City of");
        var response = await client.GetAsync(page.Replace("{letter}", (await BristolAsync()).ToString()));

        if (allowed) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else if (role is null)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
        }
        else Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("AccessDenied") == true,
            $"{role} got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task ShouldShowAViewerTheLetterWithoutEditControlsAndRefuseTheirPost()
    {
        var viewer = await api.CreateClientAsAsync(Roles.Viewer);
        var id = await BristolAsync();
        var html = await viewer.GetStringAsync($"/Letters/Details/{id}");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("Data check", document.Body!.TextContent);
        Assert.Empty(document.QuerySelectorAll("form[method=post]:not([action='/Account/Logout'])"));
        Assert.DoesNotContain("Add a finding", document.Body.TextContent);

        // A crafted post with a valid antiforgery token (the sign-out form's) is still refused.
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await viewer.PostAsync($"/Letters/Details/{id}?handler=AddFinding", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["NewFinding.FsiHeadingId"] = "1", ["NewFinding.Text"] = "Not allowed", ["NewFinding.Rag"] = "Red",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var scope = api.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RagDbContext>().FsiFindings.AnyAsync(f => f.Text == "Not allowed"));
    }

    [Fact]
    public async Task ShouldListTheSeventeenLettersWithTheirDataCheckFlags()
    {
        var html = await (await api.CreateClientAsAsync(Roles.Viewer)).GetStringAsync("/Letters?sort=flags&desc=true");
        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll("tbody tr");

        Assert.Equal(17, rows.Length);
        Assert.NotEqual("0", rows[0].QuerySelectorAll("td").Last().TextContent.Trim());
    }

    async Task<int> BristolAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RagDbContext>().FsiLetters.Where(l => l.PrintedName == "Bristol City Council").Select(l => l.Id).SingleAsync();
    }
}
