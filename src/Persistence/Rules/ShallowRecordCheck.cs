using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;

namespace Rag.Persistence.Rules;

/// <summary>A <see cref="RecordCheck{T}"/> over a record and some of its collections: loaded by ids like any other
/// check, or checked as held by the caller (<see cref="IShallowRecordCheck"/>).</summary>
public abstract class ShallowRecordCheck<T> : RecordCheck<T>, IShallowRecordCheck where T : Record
{
    public abstract IReadOnlyList<string> Collections { get; }

    protected override IQueryable<T> Load(RagDbContext db) =>
        Collections.Aggregate(db.Set<T>().AsQueryable(), (query, collection) => query.Include(collection));

    IReadOnlyList<RuleFinding> IShallowRecordCheck.Check(Record record, DateOnly today) => Check((T)record, today);
}
