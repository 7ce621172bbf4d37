namespace Rag.Persistence.Editing;

/// <summary>Why the editing core refused a change. Each face shows it in its own way: GraphQL as a typed error of
/// HotChocolate's mutation convention, the portal beside the form field or above the form.</summary>
public abstract record EditError(string Message);

/// <summary>A value that is missing or wrong; <c>Field</c> names the field (as the catalog names it, e.g. <c>localAuthorityId</c>).</summary>
public sealed record ValidationError(string Message, string? Field) : EditError(Message);

/// <summary>The record does not exist (any more).</summary>
public sealed record NotFoundError(string Message, string Entity, int Id) : EditError(Message);

/// <summary>Someone saved the record since the editor read it. <c>Current</c> is the record as it is now, so the
/// editor can see the other person's values beside their own.</summary>
public sealed record ConflictError(string Message, int? CurrentVersion, object? Current = null) : EditError(Message);

/// <summary>The record cannot be deleted while these records refer to it.</summary>
public sealed record ReferencedError(string Message, IReadOnlyList<ReferencingRecords> ReferencedBy) : EditError(Message);

/// <summary>How many records of one kind refer to the record, and the first few of them.</summary>
public sealed record ReferencingRecords(string Entity, string Field, int Count, IReadOnlyList<int> Ids);

/// <summary>Another record already has these values where only one may.</summary>
public sealed record DuplicateError(string Message, IReadOnlyList<string> Fields) : EditError(Message);

/// <summary>The editor may not change this record: a viewer, or an LA editor outside their LAs.</summary>
public sealed record ForbiddenError(string Message) : EditError(Message);
