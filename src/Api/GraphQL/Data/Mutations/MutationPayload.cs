using Rag.Domain.Common;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>What a mutation returns: the record (null when nothing was saved), the errors, and what the domain
/// rules found about the saved record.</summary>
public sealed record MutationPayload(object? Record, IReadOnlyList<MutationError> Errors, IReadOnlyList<RuleFinding> RuleFindings)
{
    public static MutationPayload Failed(params MutationError[] errors) => new(null, errors, []);
}
