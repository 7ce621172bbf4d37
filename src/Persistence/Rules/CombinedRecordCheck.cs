using Rag.Domain.Common;

namespace Rag.Persistence.Rules;

/// <summary>Several checks of one entity (a school's visits against its entitlement, its reports' commentaries)
/// shown as one: every face asks for an entity's check once.</summary>
public sealed class CombinedRecordCheck(IReadOnlyList<IRecordCheck> checks) : IRecordCheck
{
    public Type Entity => checks[0].Entity;

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids,
        DateOnly today, CancellationToken cancellationToken)
    {
        var all = new Dictionary<int, List<RuleFinding>>();
        foreach (var check in checks)
            foreach (var (id, findings) in await check.CheckAsync(db, ids, today, cancellationToken))
                (all.TryGetValue(id, out var list) ? list : all[id] = []).AddRange(findings);
        return all.ToDictionary(p => p.Key, p => (IReadOnlyList<RuleFinding>)p.Value);
    }
}
