namespace Rag.Persistence.Auditing;

/// <summary>One change to one record, as the editing core saved it: who, when, through which face, and each
/// changed field's old and new value. Written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When the change was saved, in UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>Who saved it: a portal user's email, an API key's or token's name, or "system".</summary>
    public required string User { get; set; }

    /// <summary>"portal", "graphql" or "system".</summary>
    public required string Face { get; set; }

    /// <summary>The record's type, e.g. "School".</summary>
    public required string Entity { get; set; }

    public int RecordId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The fields that changed (all set fields for a create, all fields for a delete).</summary>
    public List<FieldChange> Changes { get; set; } = [];
}

public enum AuditAction { Created, Updated, Deleted }

/// <summary>A field's value before and after, written as invariant text; null where there was none.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
