using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Testing;
using static Rag.Portal.Tests.Pages.PortalForms;

namespace Rag.Portal.Tests.Pages;

/// <summary>One rule, one implementation: the editing core refuses the same bad input with the same message
/// whether it comes through GraphQL or through the portal's form.</summary>
public class SameRuleBothFacesTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Theory]
    [InlineData("   ", "Name cannot be blank.")]
    [InlineData("Leeds", "Another local authority already has this name.")]
    public async Task ShouldRefuseABadLocalAuthorityNameAlikeThroughGraphQLAndThePortal(string name, string message)
    {
        var client = await api.CreateClientAsAsync(Roles.Editor);
        var first = (await client.DataAsync("{ regions(first: 1) { nodes { id name } } }"))["regions"]!["nodes"]![0]!;
        var regionId = (string)first["id"]!;
        int region;
        await using (var scope = api.Services.CreateAsyncScope())
            region = await scope.ServiceProvider.GetRequiredService<RagDbContext>().Regions.Where(r => r.Name == (string)first["name"]!).Select(r => r.Id).SingleAsync();
        var graphql = await client.DataAsync(
            "mutation($input: CreateLocalAuthorityInput!) { createLocalAuthority(input: $input) { localAuthority { id } errors { ... on Error { message } } } }",
            new { input = new { name, regionId } });
        const string url = "/Records/LocalAuthority/New";
        var portal = await client.SubmitAsync(url, await client.GetDocumentAsync(url), Form(("Input.Name", name), ("Input.RegionId", region.ToString())));
        var page = await portal.DocumentAsync();

        Assert.Equal(message, (string?)graphql["createLocalAuthority"]!["errors"]![0]!["message"]);
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Contains(message, page.QuerySelector(".validation-summary-errors")!.TextContent);
    }
}
