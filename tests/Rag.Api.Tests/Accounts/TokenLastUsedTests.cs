using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Accounts;
using Rag.Testing;

namespace Rag.Api.Tests.Accounts;

/// <summary>A personal token's last-used time, which its owner sees in the portal, is noted on first use and then
/// at most once a minute: a reporting tool's burst of requests does not write on each.</summary>
public class TokenLastUsedTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task ShouldNoteTheTokensUseOnceAMinuteAtMost()
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        Task<List<DateTime?>> Used() => api.Database.WithContextAsync(db =>
            db.PersonalApiTokens.OrderByDescending(t => t.Id).Select(t => t.LastUsedAt).Take(1).ToListAsync());

        Assert.Null((await Used()).Single());
        await client.DataAsync("{ regions { totalCount } }");
        var first = (await Used()).Single();
        for (var i = 0; i < 3; i++) await client.DataAsync("{ regions { totalCount } }");

        Assert.NotNull(first);
        Assert.Equal(first, (await Used()).Single());
    }
}
