using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;
using Rag.Persistence.Accounts;

namespace Rag.Testing;

/// <summary>Accounts for tests, made the way an Admin makes them, and clients that act as them.</summary>
public static class PortalUsers
{
    public const string Password = "Correct-Horse-42-battery";

    /// <summary>Makes an account with this role (and, for an LA editor, these LAs by name); returns its email.</summary>
    public static async Task<string> CreateUserAsync(this RagApiFactory api, string role, params string[] localAuthorities)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        var las = await db.LocalAuthorities.Where(l => localAuthorities.Contains(l.Name)).Select(l => l.Id).ToListAsync();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var created = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().CreateAsync(email, Password, role, las);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A client signed in as a new account of this role, by a personal token (which the portal's pages accept as the cookie).</summary>
    public static async Task<HttpClient> CreateClientAsAsync(this RagApiFactory api, string role, params string[] localAuthorities)
    {
        var email = await api.CreateUserAsync(role, localAuthorities);
        await using var scope = api.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<RagDbContext>().Users.SingleAsync(u => u.Email == email);
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<PersonalTokens>().CreateAsync(user.Id, "test");
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
