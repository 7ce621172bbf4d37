namespace Rag.Persistence.Accounts;

/// <summary>Claims Rag adds to a signed-in identity.</summary>
public static class RagClaims
{
    /// <summary>One per LA an LA editor is assigned to; the value is the LA's id.</summary>
    public const string LocalAuthority = "rag:la";
}
