using Rag.Persistence.Catalog;
using Rag.Domain.Common;

namespace Rag.Persistence.Rules;

/// <summary>A domain rule run over stored records: shown as each record's <c>ruleFindings</c> field (batched, one
/// query for all the records of a level) and in the payload of every mutation that saves one.</summary>
public interface IRecordCheck
{
    Type Entity { get; }

    /// <returns>The findings of each record found, by id.</returns>
    Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids, DateOnly today,
        CancellationToken cancellationToken);
}
