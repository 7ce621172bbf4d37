using Rag.Persistence.Catalog;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;

namespace Rag.Persistence.Rules;

/// <summary>A record check that loads the records of a batch with what its rule needs, then asks the domain.</summary>
public abstract class RecordCheck<T> : IRecordCheck where T : Record
{
    public Type Entity => typeof(T);

    /// <summary>The records with the related data the rule reads.</summary>
    protected abstract IQueryable<T> Load(RagDbContext db);

    protected abstract IReadOnlyList<RuleFinding> Check(T record, DateOnly today);

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids,
        DateOnly today, CancellationToken cancellationToken) =>
        (await Load(db).AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Id, r => Check(r, today));
}
