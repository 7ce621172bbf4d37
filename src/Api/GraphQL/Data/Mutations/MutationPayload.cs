using Rag.Domain.Common;
using Rag.Persistence.Editing;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>What a mutation returns: the record (null when nothing was saved), the errors, and what the domain
/// rules found about the saved record. <c>Entity</c> names the record type, for errors that carry an id.</summary>
public sealed record MutationPayload(object? Record, IReadOnlyList<EditError> Errors, IReadOnlyList<RuleFinding> RuleFindings)
{
    public static MutationPayload From(EditResult result) => new(result.Record, result.Errors, result.RuleFindings);

    public static MutationPayload Failed(params EditError[] errors) => new(null, errors, []);
}
