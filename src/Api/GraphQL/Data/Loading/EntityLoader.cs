using Rag.Persistence.Rules;
using Rag.Persistence.Catalog;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL.DataLoader;
using Rag.Api.GraphQL.Data.Filtering;
using Rag.Api.GraphQL.Data.Paging;
using Rag.Api.GraphQL.Data.Sorting;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Data.Loading;

/// <summary>The request's batch loader: records by id and children by foreign key, each kind of load
/// gathered into one query per level of the GraphQL request.</summary>
public sealed class EntityLoader(RagDbContext db)
{
    readonly Dictionary<string, object> open = [];
    readonly Dictionary<(object? Where, object? Order), string> argumentKeys = new(ArgumentsComparer.Instance);
    readonly (Dictionary<(Type, int), IReadOnlyList<RuleFinding>> Findings, HashSet<(Type, int)> Deleted) saved = ([], []);

    public IDataLoaderResult<object?> ById(EntityDescriptor entity, int id, Projection projection)
    {
        var batch = Open($"id:{entity.Name}", () =>
        {
            var reads = new Projection(entity);
            return new Batch<object>(async (keys, ct) =>
            {
                var rows = await entity.ToListAsync(reads.Apply(entity.Where(entity.Query(db), KeyIn(entity, "Id", keys))), ct);
                return rows.ToDictionary(r => ((Record)r).Id);
            }, reads);
        });
        batch.Add(id, projection);
        return new LoaderResult<object?>(ct => batch.GetAsync(id, ct));
    }

    public IDataLoaderResult<IReadOnlyList<object>> Children(CollectionMember collection, int parentId,
        IDictionary<string, object?>? where, object? order, Projection projection)
    {
        if (saved.Deleted.Contains((collection.Navigation.ReflectedType!, parentId))) return new LoaderResult<IReadOnlyList<object>>(_ => Task.FromResult<IReadOnlyList<object>>([]));
        var item = collection.Target;
        var key = $"children:{collection.Target.Name}.{collection.InverseForeignKey.Name}:{ArgumentsKey(where, order)}";
        var batch = Open(key, () =>
        {
            var reads = new Projection(item);
            reads.Need(collection.InverseForeignKey);
            return new Batch<IReadOnlyList<object>>(async (keys, ct) =>
            {
                var query = item.Where(item.Query(db), KeyIn(item, collection.InverseForeignKey.Name, keys));
                if (where is not null) query = item.Where(query, FilterExpressionBuilder.Build(item, where));
                var rows = await item.ToListAsync(reads.Apply(SortApplier.Apply(item, query, order)), ct);
                return rows.GroupBy(r => (int)collection.ReadInverseForeignKey(r)!)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<object>)g.ToList());
            }, reads);
        });
        batch.Add(parentId, projection);
        return new LoaderResult<IReadOnlyList<object>>(async ct => await batch.GetAsync(parentId, ct) ?? []);
    }

    /// <summary>One page of a parent's children (a nested connection). The level's parents share one statement,
    /// as for <see cref="Children"/>, and each parent's page is cut from its rows, so the count needs no statement.</summary>
    public IDataLoaderResult<Page> ChildPage(CollectionMember collection, int parentId, IDictionary<string, object?>? where, object? order,
        ConnectionResolver.Arguments paging, PagingOptions options, Projection projection)
    {
        var children = Children(collection, parentId, where, order, projection);
        return new LoaderResult<Page>(async ct => ConnectionResolver.Slice(await children.GetResultAsync(ct), paging, options));
    }

    /// <summary>The one record, if any, that refers back to this one (a one-to-one), batched like a collection.</summary>
    public IDataLoaderResult<object?> Single(CollectionMember collection, int parentId, Projection projection)
    {
        var children = Children(collection, parentId, null, null, projection);
        return new LoaderResult<object?>(async ct => (await children.GetResultAsync(ct)).FirstOrDefault());
    }

    /// <summary>A record check's findings for one record: what a mutation already found, or the rule run over the
    /// record and the collections this request loads anyway (a shallow check), or else the check run over the
    /// level's records together.</summary>
    public IDataLoaderResult<IReadOnlyList<RuleFinding>> Checked(IRecordCheck check, EntityDescriptor entity, Record record, DateOnly today)
    {
        if (saved.Findings.TryGetValue((entity.ClrType, record.Id), out var known)) return new LoaderResult<IReadOnlyList<RuleFinding>>(_ => Task.FromResult(known));
        if (check is IShallowRecordCheck shallow && CheckedAsHeld(shallow, entity, record, today) is { } held) return held;
        var batch = Open($"check:{check.GetType().Name}", () => new Batch<IReadOnlyList<RuleFinding>>((keys, ct) => check.CheckAsync(db, keys, today, ct)));
        batch.Add(record.Id);
        return new LoaderResult<IReadOnlyList<RuleFinding>>(async ct => await batch.GetAsync(record.Id, ct) ?? []);
    }

    /// <summary>The collections join the batches of the record's own collection fields (no where, no order), so a
    /// query that lists them as well reads each once; null when the catalog does not show one of them.</summary>
    LoaderResult<IReadOnlyList<RuleFinding>>? CheckedAsHeld(IShallowRecordCheck check, EntityDescriptor entity, Record record, DateOnly today)
    {
        var members = check.Collections.Select(name => entity.Collections.FirstOrDefault(c => c.Navigation.Name == name)).ToList();
        if (members.Any(m => m is null)) return null;
        var children = members.Select(m => (Member: m!, Rows: Children(m!, record.Id, null, null, m!.Target.WholeRow))).ToList();
        return new LoaderResult<IReadOnlyList<RuleFinding>>(async ct =>
        {
            foreach (var (member, rows) in children) Fill(record, member, await rows.GetResultAsync(ct));
            return check.Check(record, today);
        });
    }

    /// <summary>Sets a record's collection to the rows this request loaded for it, so the rule reads them there.</summary>
    static void Fill(Record record, CollectionMember member, IReadOnlyList<object> rows)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Target.ClrType))!;
        foreach (var row in rows) list.Add(row);
        member.Navigation.SetValue(record, list);
    }

    /// <summary>What a mutation knows of the record it saved: the rule findings its payload carries and, after a
    /// delete, that no record refers to it any more. The record's fields in the payload then read neither again.</summary>
    public void Saved(EntityDescriptor entity, int id, IReadOnlyList<RuleFinding> findings, bool deleted)
    {
        saved.Findings[(entity.ClrType, id)] = findings;
        if (deleted) saved.Deleted.Add((entity.ClrType, id));
    }

    /// <summary>Any per-record value read for a level's records together, e.g. their audit history.</summary>
    public IDataLoaderResult<T> Keyed<T>(string key, int id, T missing,
        Func<RagDbContext, IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, T>>> fetch)
    {
        var batch = Open($"keyed:{key}", () => new Batch<T>((keys, ct) => fetch(db, keys, ct)));
        batch.Add(id);
        return new LoaderResult<T>(async ct => await batch.GetAsync(id, ct) ?? missing);
    }

    /// <summary>The where and order of a collection field as text, so equal arguments share a batch. A field's
    /// arguments are one object for all its rows, so they are written out once per field, not once per row.</summary>
    string ArgumentsKey(object? where, object? order)
    {
        if (!argumentKeys.TryGetValue((where, order), out var key))
            argumentKeys[(where, order)] = key = $"{JsonSerializer.Serialize(where)}:{JsonSerializer.Serialize(order)}";
        return key;
    }

    sealed class ArgumentsComparer : IEqualityComparer<(object? Where, object? Order)>
    {
        public static ArgumentsComparer Instance { get; } = new();
        public bool Equals((object? Where, object? Order) x, (object? Where, object? Order) y) => ReferenceEquals(x.Where, y.Where) && ReferenceEquals(x.Order, y.Order);
        public int GetHashCode((object? Where, object? Order) pair) => HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Where), RuntimeHelpers.GetHashCode(pair.Order));
    }

    // A batch that has run is replaced, so keys met at a deeper level start a new query rather than miss.
    Batch<T> Open<T>(string key, Func<Batch<T>> create)
    {
        if (open.TryGetValue(key, out var existing) && existing is Batch<T> { HasRun: false } batch) return batch;
        var created = create();
        open[key] = created;
        return created;
    }

    static readonly System.Reflection.MethodInfo ContainsKey = ((Func<IEnumerable<int>, int, bool>)Enumerable.Contains).Method;

    static LambdaExpression KeyIn(EntityDescriptor entity, string property, IReadOnlyCollection<int> keys)
    {
        var parameter = Expression.Parameter(entity.ClrType, "x");
        Expression member = Expression.Property(parameter, property);
        if (member.Type != typeof(int)) member = Expression.Convert(member, typeof(int));
        var values = Expression.Field(Expression.Constant(new StrongBox<int[]>(keys.ToArray())), nameof(StrongBox<int[]>.Value));
        var contains = Expression.Call(ContainsKey, values, member);
        return Expression.Lambda(contains, parameter);
    }
}
