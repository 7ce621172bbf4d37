using GraphQL.Types;
using Rag.Persistence.Auditing;

namespace Rag.Api.GraphQL.Auditing;

/// <summary>One change to one record, as the editing core wrote it to the audit trail.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType(IGraphType dateTime, IGraphType action, FieldChangeType change)
    {
        Name = "AuditEntry";
        Description = "One change to one record: who, when, through which face, and each changed field's old and new value.";
        Field("at", e => e.At).Type(new NonNullGraphType(dateTime)).Description("When the change was saved, in UTC.");
        Field(e => e.User).Description("Who saved it: a portal user's email, an API key's or token's name, or \"system\".");
        Field(e => e.Face).Description("Through which face: \"portal\", \"graphql\" or \"system\".");
        if (action is EnumerationGraphType actions && actions.Description is null)
        {
            actions.Description = "What a change did to its record.";
            foreach (var value in actions.Values) value.Description = $"The record was {value.Name.ToLowerInvariant()}.";
        }
        Field("action", e => e.Action).Type(new NonNullGraphType(action)).Description("Created, updated or deleted.");
        Field("typeName", e => e.Entity).Description("The record's type, e.g. School.");
        Field("recordId", e => e.RecordId).Description("The record's database id (its global ID encodes this with the type).");
        Field("changes", e => e.Changes).Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(change))))
            .Description("The fields that changed (all set fields for a create, all fields for a delete).");
    }
}

public sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Description = "A field's value before and after a change, as text; null where there was none.";
        Field(c => c.Field).Description("The field's name, as the schema names it (camelCase).");
        Field("old", c => c.Old, nullable: true).Description("The value before the change.");
        Field("new", c => c.New, nullable: true).Description("The value after the change.");
    }
}

/// <summary>A page of the audit trail, newest first, with the cursor of its last entry.</summary>
public sealed record AuditTrailPage(IReadOnlyList<AuditEntry> Entries, int TotalCount, string? EndCursor, bool HasNextPage);

public sealed class AuditTrailPageType : ObjectGraphType<AuditTrailPage>
{
    public AuditTrailPageType(AuditEntryType entry)
    {
        Name = "AuditTrailPage";
        Description = "A page of the audit trail, newest first.";
        Field("entries", p => p.Entries).Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(entry)))).Description("The changes on this page.");
        Field(p => p.TotalCount).Description("How many changes match the filter in all.");
        Field("endCursor", p => p.EndCursor, nullable: true).Description("Pass as after: to read the next page.");
        Field(p => p.HasNextPage).Description("Whether older changes match the filter.");
    }
}
