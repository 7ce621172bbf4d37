using Rag.Domain.Common;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>A domain rule run over a stored record: shown as the record's <c>ruleFindings</c> field and in
/// the payload of every mutation that saves one.</summary>
public interface IRecordCheck
{
    Type Entity { get; }
    Task<IReadOnlyList<RuleFinding>> CheckAsync(RagDbContext db, int id, DateOnly today, CancellationToken cancellationToken);
}
