namespace Rag.Persistence.Infrastructure;

/// <summary>Who is saving, through which face, and what they may change.</summary>
public interface IEditor
{
    /// <summary>Stamped on what they save: the portal user's email, the API key's or token's name, or "system".</summary>
    string Name { get; }

    /// <summary>"portal", "graphql" or "system": written to the audit trail.</summary>
    string Face { get; }

    /// <summary>Whether they may change records at all (a viewer may not).</summary>
    bool MayEdit { get; }

    /// <summary>The LAs whose records they may change; null when they may change any record.</summary>
    IReadOnlySet<int>? LocalAuthorities { get; }
}
