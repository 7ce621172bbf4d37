using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Rag.Persistence.Accounts;

/// <summary>Personal API tokens: made and revoked by their owner in the portal, sent as <c>Authorization: Bearer</c>.
/// A token is 32 random bytes, so a plain SHA-256 of it is enough to store (no password stretching needed), and
/// lookup is by that hash.</summary>
public sealed class PersonalTokens(RagDbContext db, TimeProvider clock)
{
    public const string Prefix = "rag_";

    /// <summary>Makes a token and returns it in the clear: the only time it is ever shown.</summary>
    public async Task<(PersonalApiToken Token, string Secret)> CreateAsync(string userId, string name, CancellationToken cancellationToken = default)
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new PersonalApiToken
        {
            UserId = userId, Name = name.Trim(), Hash = Hash(secret), Prefix = secret[..10], CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.PersonalApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    public Task<List<PersonalApiToken>> OfAsync(string userId, CancellationToken cancellationToken = default) =>
        db.PersonalApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken = default) =>
        await db.PersonalApiTokens.Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, clock.GetUtcNow().UtcDateTime), cancellationToken) == 1;

    /// <summary>The live token's owner, noting when it was last used; null for an unknown or revoked token or a locked-out user.</summary>
    public async Task<RagUser?> OwnerAsync(string secret, CancellationToken cancellationToken = default)
    {
        var hash = Hash(secret);
        var token = await db.PersonalApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, cancellationToken);
        if (token?.User is not { } user || user.LockoutEnd > clock.GetUtcNow()) return null;
        // A reporting tool may send many requests a minute: the time is written at most once a minute, not on each
        // (on SQLite a write per request queues every reader behind it).
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is not { } last || now - last >= TimeSpan.FromMinutes(1))
            await db.PersonalApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        return user;
    }

    static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
