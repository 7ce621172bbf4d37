namespace Rag.Persistence.Accounts;

/// <summary>A token a user made in the portal to call the API as themselves. Only its SHA-256 hash is kept: the
/// token is shown once, when it is made.</summary>
public sealed class PersonalApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public RagUser? User { get; set; }

    /// <summary>What the user called it, e.g. "reporting tool".</summary>
    public required string Name { get; set; }

    /// <summary>Hex SHA-256 of the token.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters, so the user can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
