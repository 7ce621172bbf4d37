using System.Net;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Accounts;
using Rag.Testing;
using static Rag.Portal.Tests.Pages.PortalForms;

namespace Rag.Portal.Tests.Pages;

/// <summary>Putting a school in a new category ends its current one the day before, as one change: when the new
/// category is refused, the current one is not left ended.</summary>
public abstract class CategorisationTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    const string Categorise = "form[action*='handler=Categorise']";

    [Fact]
    public async Task ShouldEndTheCurrentCategoryOnlyWhenTheNewOneIsSaved()
    {
        var school = await api.AddSchoolAsync("Recategorised Primary");
        // Leeds' categories 1 and 2 (004, seeded from leeds-categories.json).
        var (first, second) = await api.Database.WithContextAsync(async db =>
        {
            var ids = await db.SchoolCategories.Where(c => c.LocalAuthority!.Name == "Leeds").OrderBy(c => c.Number).Select(c => c.Id).Take(2).ToListAsync();
            return (ids[0], ids[1]);
        });
        var client = await api.CreateClientAsAsync(Roles.Editor);
        var url = $"/Schools/Details/{school.Id}";

        var saved = await client.SubmitAsync(url, await client.GetDocumentAsync(url),
            Form(("Categorisation.SchoolCategoryId", first.ToString()), ("Categorisation.StartsOn", "2024-09-01")), Categorise);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await client.SubmitAsync(url, await client.GetDocumentAsync(url),
            Form(("Categorisation.SchoolCategoryId", ""), ("Categorisation.StartsOn", "2025-09-01")), Categorise);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("School category cannot be empty.", (await refused.DocumentAsync()).QuerySelector("#Categorisation_SchoolCategoryId ~ .field-validation-error, .validation-summary-errors")?.TextContent ?? "");
        var afterRefusal = await api.Database.WithContextAsync(db => db.SchoolCategorisations.Where(c => c.SchoolId == school.Id).ToListAsync());
        Assert.Null(Assert.Single(afterRefusal).EndsOn);

        var moved = await client.SubmitAsync(url, await client.GetDocumentAsync(url),
            Form(("Categorisation.SchoolCategoryId", second.ToString()), ("Categorisation.StartsOn", "2025-09-01")), Categorise);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var history = await api.Database.WithContextAsync(db => db.SchoolCategorisations.Where(c => c.SchoolId == school.Id).OrderBy(c => c.StartsOn).ToListAsync());
        Assert.Equal([(first, (DateOnly?)new DateOnly(2025, 8, 31)), (second, null)], history.Select(c => (c.SchoolCategoryId, c.EndsOn)));
    }
}

public sealed class SqliteCategorisationTests(SqliteApi api) : CategorisationTests<SqliteApi>(api);

public sealed class PostgresCategorisationTests(PostgresApi api) : CategorisationTests<PostgresApi>(api);
