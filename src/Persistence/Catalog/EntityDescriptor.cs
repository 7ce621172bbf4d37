using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Metadata;
using Rag.Domain.Common;

namespace Rag.Persistence.Catalog;

/// <summary>What the GraphQL layer knows of one entity: its names in the schema and its members as the EF model
/// maps them. Everything generic (types, where, order, paging, batching, mutations) is derived from this.</summary>
public abstract class EntityDescriptor(EntityDeclaration declaration, IEntityType model)
{
    public Type ClrType => declaration.ClrType;
    public string Name => declaration.ClrType.Name;
    public EntityDeclaration Declaration => declaration;
    public IEntityType Model => model;

    public List<ScalarMember> Scalars { get; } = [];
    public List<ReferenceMember> References { get; } = [];
    public List<CollectionMember> Collections { get; } = [];

    /// <summary>Every column, for readers that may look at any (a rule check); one instance, as it is never changed.</summary>
    public Projection WholeRow => wholeRow ??= WholeProjection();

    Projection? wholeRow;

    Projection WholeProjection()
    {
        var whole = new Projection(this);
        whole.NeedWhole();
        return whole;
    }

    public abstract IQueryable Query(RagDbContext db);
    public abstract Task<List<object>> ToListAsync(IQueryable query, CancellationToken cancellationToken);
    public abstract Task<int> CountAsync(IQueryable query, CancellationToken cancellationToken);
    public abstract IQueryable Slice(IQueryable query, int skip, int take);
    public abstract object Create();
    public abstract void Add(RagDbContext db, object entity);
    public abstract void Remove(RagDbContext db, object entity);
    public abstract Task<object?> FindAsync(RagDbContext db, int id, CancellationToken cancellationToken);
    public abstract Task<bool> ExistsAsync(RagDbContext db, int id, CancellationToken cancellationToken);

    /// <summary>The ids of the records whose <paramref name="foreignKey"/> is <paramref name="id"/>, at most <paramref name="take"/>, and how many there are.</summary>
    public abstract Task<(int Count, List<int> Ids)> ReferencingAsync(RagDbContext db, PropertyInfo foreignKey, int id, int take, CancellationToken cancellationToken);

    /// <summary>Whether a record other than <paramref name="exceptId"/> has these values in these columns.</summary>
    public abstract Task<bool> AnyOtherWithAsync(RagDbContext db, IReadOnlyList<(PropertyInfo Property, object Value)> values, int exceptId, CancellationToken cancellationToken);

    /// <summary><c>source.Where(predicate)</c> for a predicate built over this entity's parameter.</summary>
    public IQueryable Where(IQueryable source, LambdaExpression predicate) =>
        source.Provider.CreateQuery(Expression.Call(QueryableMethods.Where.MakeGenericMethod(ClrType), source.Expression, Expression.Quote(predicate)));
}

public sealed class EntityDescriptor<T>(EntityDeclaration declaration, IEntityType model) : EntityDescriptor(declaration, model)
    where T : Record, new()
{
    public override IQueryable Query(RagDbContext db) => db.Set<T>().AsNoTracking();

    public override async Task<List<object>> ToListAsync(IQueryable query, CancellationToken cancellationToken) =>
        (await ((IQueryable<T>)query).ToListAsync(cancellationToken)).Cast<object>().ToList();

    public override Task<int> CountAsync(IQueryable query, CancellationToken cancellationToken) =>
        ((IQueryable<T>)query).CountAsync(cancellationToken);

    public override IQueryable Slice(IQueryable query, int skip, int take) => ((IQueryable<T>)query).Skip(skip).Take(take);

    public override object Create() => new T();
    public override void Add(RagDbContext db, object entity) => db.Set<T>().Add((T)entity);
    public override void Remove(RagDbContext db, object entity) => db.Set<T>().Remove((T)entity);

    public override async Task<object?> FindAsync(RagDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Set<T>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public override Task<bool> ExistsAsync(RagDbContext db, int id, CancellationToken cancellationToken) =>
        db.Set<T>().AnyAsync(e => e.Id == id, cancellationToken);

    public override async Task<(int Count, List<int> Ids)> ReferencingAsync(RagDbContext db, PropertyInfo foreignKey, int id, int take,
        CancellationToken cancellationToken)
    {
        var row = Expression.Parameter(typeof(T));
        var key = Expression.Property(row, foreignKey);
        var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(key, Expression.Convert(Expression.Constant(id), key.Type)), row);
        var query = db.Set<T>().AsNoTracking().Where(match);
        return (await query.CountAsync(cancellationToken), await query.OrderBy(r => r.Id).Select(r => r.Id).Take(take).ToListAsync(cancellationToken));
    }

    public override Task<bool> AnyOtherWithAsync(RagDbContext db, IReadOnlyList<(PropertyInfo Property, object Value)> values, int exceptId,
        CancellationToken cancellationToken)
    {
        var row = Expression.Parameter(typeof(T));
        Expression match = Expression.NotEqual(Expression.Property(row, nameof(Record.Id)), Expression.Constant(exceptId));
        foreach (var (property, value) in values)
        {
            var column = Expression.Property(row, property);
            match = Expression.AndAlso(match, Expression.Equal(column, Expression.Convert(Expression.Constant(value), column.Type)));
        }
        return db.Set<T>().AsNoTracking().AnyAsync(Expression.Lambda<Func<T, bool>>(match, row), cancellationToken);
    }
}

/// <summary>A scalar column: string, number, date, flag or enum (or a list of strings).</summary>
public sealed record ScalarMember(string FieldName, PropertyInfo Property, bool IsNullable, bool IsForeignKey)
{
    /// <summary>Reads the property without reflection: resolvers call it once per field per row.</summary>
    public Func<object, object?> Read { get; } = Getter(Property);

    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
    public bool IsList => Property.PropertyType != typeof(string) && Property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable));
    public bool IsFlags => ValueType.IsEnum && ValueType.IsDefined(typeof(FlagsAttribute), false);

    /// <summary>The members a flags value has set (none for zero), as the API lists them and the portal's boxes tick them.</summary>
    public IEnumerable<Enum> SetFlags(Enum value) =>
        Enum.GetValues(ValueType).Cast<Enum>().Where(f => Convert.ToInt64(f) != 0 && value.HasFlag(f));

    /// <summary>The column's maximum length in the EF model, for text; null when unbounded.</summary>
    public int? MaxLength { get; init; }

    public static Func<object, object?> Getter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(instance, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}

/// <summary>A navigation to one record, through a foreign key on this entity.</summary>
public sealed record ReferenceMember(string FieldName, PropertyInfo Navigation, PropertyInfo ForeignKey, bool IsRequired)
{
    public Func<object, object?> ReadForeignKey { get; } = ScalarMember.Getter(ForeignKey);

    /// <summary>Reads the referenced record when the row was read with it joined in; null otherwise.</summary>
    public Func<object, object?> ReadNavigation { get; } = ScalarMember.Getter(Navigation);

    public EntityDescriptor Target { get; set; } = null!;
}

/// <summary>A navigation to the records holding a foreign key back to this one: many, or at most one when
/// <c>IsSingle</c> (a one-to-one such as an LA's warning-notice procedure).</summary>
public sealed record CollectionMember(string FieldName, PropertyInfo Navigation, PropertyInfo InverseForeignKey, bool IsSingle = false)
{
    /// <summary>Whether deleting the parent deletes these records too; otherwise they keep it from being deleted.</summary>
    public bool DeletedWithParent { get; init; }

    /// <summary>Reads a child's foreign key back to this record, to group a batch's rows by parent.</summary>
    public Func<object, object?> ReadInverseForeignKey { get; } = ScalarMember.Getter(InverseForeignKey);

    public EntityDescriptor Target { get; set; } = null!;
}
