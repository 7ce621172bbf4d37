using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;
using Rag.Domain.Common;

namespace Rag.Persistence.Catalog;

/// <summary>What a read needs of an entity: some of its columns (or all of them) and the references to join
/// into the same statement, each with what it needs in turn. Applied as one EF <c>Select</c> into the entity's
/// own type, so the database selects only those columns and does the joins, and the rows are still records.</summary>
public sealed class Projection(EntityDescriptor entity)
{
    readonly Dictionary<string, PropertyInfo> columns = [];
    readonly Dictionary<ReferenceMember, Projection> joins = [];

    /// <summary>Every mapped column, for a reader that may look at any of them (a rule check).</summary>
    public bool IsWhole { get; private set; }

    public void Need(PropertyInfo column) => columns.TryAdd(column.Name, column);

    public void NeedWhole() => IsWhole = true;

    /// <summary>The projection of a reference, joined in; its foreign key is read too, so a reader that finds
    /// the reference missing can still tell "none" from "not read".</summary>
    public Projection Join(ReferenceMember reference)
    {
        Need(reference.ForeignKey);
        if (!joins.TryGetValue(reference, out var target)) joins[reference] = target = new Projection(reference.Target);
        return target;
    }

    public void Merge(Projection other)
    {
        if (other.IsWhole) NeedWhole();
        foreach (var column in other.columns.Values) Need(column);
        foreach (var (reference, target) in other.joins) Join(reference).Merge(target);
    }

    /// <summary><c>query.Select(x =&gt; new T { Id = x.Id, … , Reference = new R { … } })</c>; the query itself
    /// when the whole row is read and nothing is joined.</summary>
    public IQueryable Apply(IQueryable query)
    {
        if (IsWhole && joins.Count == 0) return query;
        var row = Expression.Parameter(entity.ClrType, "x");
        var select = Expression.Lambda(Body(row), row);
        return query.Provider.CreateQuery(Expression.Call(QueryableMethods.Select.MakeGenericMethod(entity.ClrType, entity.ClrType),
            query.Expression, Expression.Quote(select)));
    }

    Expression Body(Expression source)
    {
        if (IsWhole && joins.Count == 0) return source;
        var read = IsWhole
            ? entity.Model.GetProperties().Select(p => p.PropertyInfo).OfType<PropertyInfo>()
            : columns.Values.Prepend(entity.ClrType.GetProperty(nameof(Record.Id))!);
        var bindings = read.DistinctBy(p => p.Name)
            .Select(p => (MemberBinding)Expression.Bind(p, Expression.Property(source, p))).ToList();
        foreach (var (reference, target) in joins)
        {
            var navigation = Expression.Property(source, reference.Navigation);
            var value = target.Body(navigation);
            if (!reference.IsRequired && value != navigation)
                value = Expression.Condition(Expression.Equal(navigation, Expression.Constant(null, navigation.Type)),
                    Expression.Constant(null, navigation.Type), value);
            bindings.Add(Expression.Bind(reference.Navigation, value));
        }
        return Expression.MemberInit(Expression.New(entity.ClrType), bindings);
    }
}
