namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>The typed errors of HotChocolate's mutation convention: each implements <c>Error { message }</c>.</summary>
public abstract record MutationError(string Message);

/// <summary>An input value that is missing or wrong; <c>Field</c> names the input field.</summary>
public sealed record ValidationError(string Message, string? Field) : MutationError(Message);

/// <summary>The record named by <c>Id</c> does not exist (any more).</summary>
public sealed record NotFoundError(string Message, string Id) : MutationError(Message);

/// <summary>The change clashes with the stored data: someone saved first (a stale version), a duplicate, or
/// records that still refer to this one.</summary>
public sealed record ConflictError(string Message, int? CurrentVersion) : MutationError(Message);
