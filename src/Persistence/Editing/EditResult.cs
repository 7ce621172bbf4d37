using Rag.Domain.Common;

namespace Rag.Persistence.Editing;

/// <summary>What a create, update or delete did: the record as saved (as it was, for a delete) or the errors
/// that stopped it, and what the domain rules find about the saved record.</summary>
public sealed record EditResult(Record? Record, IReadOnlyList<EditError> Errors, IReadOnlyList<RuleFinding> RuleFindings)
{
    public bool Succeeded => Errors.Count == 0;

    public static EditResult Failed(params EditError[] errors) => new(null, errors, []);
}
