using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Portal.Tests.Pages;

/// <summary>Every portal page for every role: 200 for those who may see it; for the rest a redirect to sign in
/// (anonymous) or 403 (signed in without the role). The result is written to docs/role-page-matrix.md.</summary>
public class RolePageMatrixTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    enum Who { Anyone, Reader, SignedIn, Editor, RecordEditor, Admin }

    static readonly string[] Columns = ["anonymous", Roles.Viewer, Roles.LaEditor, Roles.Editor, Roles.Admin];

    /// <summary>Who may open a page, by its route: the portal's folder conventions and page policies, stated again.</summary>
    static Who Expected(string route) => route switch
    {
        _ when route.StartsWith("/Account/Manage") => Who.SignedIn,
        _ when route.StartsWith("/Account") => Who.Anyone,
        _ when route.StartsWith("/Admin") => Who.Admin,
        _ when route == "/" => Who.Anyone,
        // FSI findings are Ofsted's words about an LA, not the LA's own records: an LA editor does not review them.
        _ when route.StartsWith("/Review") => Who.RecordEditor,
        _ when route.StartsWith("/Records/{entity}/") && (route.EndsWith("/New") || route.EndsWith("/Edit") || route.EndsWith("/Delete")) => Who.Editor,
        "/Schools/Create" or "/Sips/Create" or "/Sips/Allocate" => Who.Editor,
        _ => Who.Reader,
    };

    static bool May(Who who, string role) => who switch
    {
        Who.Anyone => true,
        Who.Reader or Who.SignedIn => role != "anonymous",
        Who.Editor => Roles.Editing.Contains(role),
        Who.RecordEditor => role is Roles.Editor or Roles.Admin,
        _ => role == Roles.Admin,
    };

    /// <summary>The routes of every Razor page the host serves, found from its endpoints, so a new page is walked too.</summary>
    List<string> PageRoutes() => api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
        .Where(r => !r.EndsWith("/Index"))
        .Distinct().Order(StringComparer.Ordinal).ToList();

    async Task<Func<string, string>> SampleValuesAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        var leeds = await db.LocalAuthorities.Where(l => l.Name == "Leeds").Select(l => l.Id).SingleAsync();
        var someone = await api.CreateUserAsync(Roles.Viewer);
        var userId = await db.Users.Where(u => u.Email == someone).Select(u => u.Id).SingleAsync();
        var letter = await db.FsiLetters.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        // The seed holds no schools or SIPs (no document names one), so the walk adds one of each.
        var school = (await api.AddSchoolAsync("Matrix Walk Primary")).Id;
        var sip = (await api.AddSipAsync("Matrix Walk SIP")).Id;
        // Each page's id names a record of its own kind; the programme's LA pages take the LA from the query.
        var id = (string route) => route switch
        {
            _ when route.StartsWith("/Admin/Users") => userId,
            _ when route.StartsWith("/Letters") => letter.ToString(),
            _ when route.StartsWith("/Schools") => school.ToString(),
            _ when route.StartsWith("/Sips") || route.StartsWith("/Programme/SipHistory") => sip.ToString(),
            _ => leeds.ToString(),
        };
        return route => route.Replace("{entity}", "LocalAuthority").Replace("{name:length(3)}", "002").Replace("{id:int}", id(route)).Replace("{id}", id(route))
                        + route switch
                        {
                            "/Records/Options" => "?entity=Region",
                            "/Programme/Readiness" or "/Programme/Allocation" => $"?la={leeds}",
                            _ => "",
                        };
    }

    [Fact]
    public async Task ShouldLetEachRoleOpenExactlyThePagesItMay()
    {
        var routes = PageRoutes();
        var sample = await SampleValuesAsync();
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = api.CreateClient(new() { AllowAutoRedirect = false }),
        };
        foreach (var role in Roles.All) clients[role] = await api.CreateClientAsAsync(role, "Leeds");

        var rows = new List<(string Route, Who Who, Dictionary<string, string> Results)>();
        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var url = sample(route);
            var who = Expected(route);
            var results = new Dictionary<string, string>();
            foreach (var role in Columns)
            {
                using var response = await clients[role].GetAsync(url);
                var location = response.Headers.Location?.ToString() ?? "";
                var outcome = response.StatusCode switch
                {
                    HttpStatusCode.OK => "200",
                    HttpStatusCode.Redirect when location.Contains("/Account/Login") => "302 sign in",
                    HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied") => "302 denied",
                    HttpStatusCode.Forbidden => "403",
                    var other => $"{(int)other} {location}".Trim(),
                };
                results[role] = outcome;
                var refused = outcome is "302 sign in" or "302 denied" or "403";
                // Logout answers a GET by going home; the access-denied page says so with its own 403.
                var redirectsAway = route == "/Account/Logout" && outcome.StartsWith("302") || route == "/Account/AccessDenied" && outcome == "403";
                if (May(who, role) ? outcome != "200" && !redirectsAway : !refused || (role == "anonymous" && outcome != "302 sign in"))
                    wrong.Add($"{url} as {role}: {outcome} (expected {(May(who, role) ? "200" : "refusal")})");
            }
            rows.Add((route, who, results));
        }
        WriteMatrix(rows);

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Contains("/Records/{entity}", routes);
        Assert.Contains("/Admin/Audit", routes);
    }

    static void WriteMatrix(List<(string Route, Who Who, Dictionary<string, string> Results)> rows)
    {
        var text = new StringBuilder()
            .AppendLine("# Role × page matrix")
            .AppendLine()
            .AppendLine("Generated by `tests/Rag.Portal.Tests/Pages/RolePageMatrixTests.cs`, which requests every Razor page the host serves")
            .AppendLine("(found from its endpoints) as each role and fails if anyone gets in who may not, or is kept out who may.")
            .AppendLine("Signed-in clients here use personal tokens, so a refusal is `403`; a browser's cookie session is redirected")
            .AppendLine("to `/Account/AccessDenied` instead. An LA editor is assigned Leeds; the sample record is Leeds.")
            .AppendLine()
            .AppendLine($"| page | who may | {string.Join(" | ", Columns.Select(c => c == "anonymous" ? "anonymous" : Roles.Describe(c)))} |")
            .AppendLine($"|---|---|{string.Concat(Columns.Select(_ => "---|"))}");
        foreach (var (route, who, results) in rows)
            text.AppendLine($"| `{route}` | {who switch { Who.Anyone => "anyone", Who.Reader => "any account", Who.SignedIn => "any account", Who.Editor => "Admin, Editor, LA editor", Who.RecordEditor => "Admin, Editor", _ => "Admin" }} | " +
                            $"{string.Join(" | ", Columns.Select(c => results[c]))} |");
        var path = Path.Combine(RagApiFactory.RepositoryRoot(), "docs", "role-page-matrix.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString());
    }
}
