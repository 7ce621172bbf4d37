using Rag.Persistence.Catalog;
using System.Collections;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;

namespace Rag.Api.GraphQL.Data.Filtering;

/// <summary>Turns a <c>where</c> argument into a predicate the database evaluates: every operator becomes an
/// expression EF Core translates to SQL, so nothing is filtered in memory.</summary>
public static class FilterExpressionBuilder
{
    public static LambdaExpression Build(EntityDescriptor entity, IDictionary<string, object?> where)
    {
        FilterConditions.Check(where);
        return Predicate(entity, where);
    }

    static LambdaExpression Predicate(EntityDescriptor entity, IDictionary<string, object?> where)
    {
        var parameter = Expression.Parameter(entity.ClrType, "x");
        return Expression.Lambda(Object(entity, parameter, where), parameter);
    }

    static Expression Object(EntityDescriptor entity, Expression target, IDictionary<string, object?> where)
    {
        var parts = new List<Expression>();
        foreach (var (field, value) in where)
        {
            if (value is null) continue;
            parts.Add(field switch
            {
                "and" => Combine(Items(value).Select(v => Object(entity, target, v)), Expression.AndAlso, true),
                "or" => Combine(Items(value).Select(v => Object(entity, target, v)), Expression.OrElse, false),
                "id" => Operations(Expression.Property(target, "Id"), typeof(int), Dict(value), v => DecodeIds(entity, v)),
                _ => Member(entity, target, field, Dict(value)),
            });
        }
        return Combine(parts, Expression.AndAlso, true);
    }

    static Expression Member(EntityDescriptor entity, Expression target, string field, IDictionary<string, object?> value)
    {
        if (entity.Scalars.FirstOrDefault(s => s.FieldName == field) is { } scalar)
            return Operations(Expression.Property(target, scalar.Property), scalar.ValueType, value,
                scalar.ValueType == typeof(string) ? FilterText.Checked : v => v);
        if (entity.References.FirstOrDefault(r => r.FieldName == field) is { } reference)
            return Object(reference.Target, Expression.Property(target, reference.Navigation), value);
        if (entity.Collections.FirstOrDefault(c => c.FieldName == field) is { } collection)
            return collection.IsSingle
                ? Object(collection.Target, Expression.Property(target, collection.Navigation), value)
                : List(collection.Target, Expression.Property(target, collection.Navigation), value);
        throw new ExecutionError($"{entity.Name} has no field \"{field}\" to filter on.");
    }

    static Expression List(EntityDescriptor item, Expression list, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            if (value is null) continue;
            if (operation == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [item.ClrType], list);
                parts.Add((bool)value ? any : Expression.Not(any));
                continue;
            }
            var predicate = Predicate(item, Dict(value));
            parts.Add(operation switch
            {
                "some" => Call(nameof(Enumerable.Any)),
                "all" => Call(nameof(Enumerable.All)),
                "none" => Expression.Not(Call(nameof(Enumerable.Any))),
                _ => throw new ExecutionError($"Unknown list operation \"{operation}\"."),
            });
            Expression Call(string method) => Expression.Call(typeof(Enumerable), method, [item.ClrType], list, predicate);
        }
        return Combine(parts, Expression.AndAlso, true);
    }

    static Expression Operations(Expression member, Type valueType, IDictionary<string, object?> operations, Func<object?, object?> convert)
    {
        var parts = new List<Expression>();
        foreach (var (operation, raw) in operations)
        {
            if (operation is "and" or "or")
            {
                var nested = Items(raw).Select(o => Operations(member, valueType, o, convert));
                parts.Add(operation == "and" ? Combine(nested, Expression.AndAlso, true) : Combine(nested, Expression.OrElse, false));
                continue;
            }
            var value = convert(raw);
            if (value is null && operation is "contains" or "ncontains" or "startsWith" or "nstartsWith" or "endsWith" or "nendsWith")
                throw new ExecutionError($"\"{operation}\" needs a value, not null.");
            if (value is null && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null)
            {
                // A column that cannot be null: "eq: null" matches nothing, "neq: null" everything.
                parts.Add(operation is "eq" or "in" ? Expression.Constant(false) : operation is "neq" or "nin" ? Expression.Constant(true)
                    : throw new ExecutionError($"\"{operation}\" needs a value, not null."));
                continue;
            }
            parts.Add(operation switch
            {
                "eq" => Expression.Equal(member, Parameter(value, member.Type)),
                "neq" => Expression.NotEqual(member, Parameter(value, member.Type)),
                "in" => In(member, valueType, value),
                "nin" => Expression.Not(In(member, valueType, value)),
                "contains" => TextOperators.Contains(member, Parameter(value, typeof(string))),
                "ncontains" => Expression.Not(TextOperators.Contains(member, Parameter(value, typeof(string)))),
                "startsWith" => TextOperators.StartsWith(member, Parameter(value, typeof(string))),
                "nstartsWith" => Expression.Not(TextOperators.StartsWith(member, Parameter(value, typeof(string)))),
                "endsWith" => TextOperators.EndsWith(member, (string?)value, Parameter),
                "nendsWith" => Expression.Not(TextOperators.EndsWith(member, (string?)value, Parameter)),
                "gt" => Expression.GreaterThan(member, Parameter(value, member.Type)),
                "ngt" => Expression.Not(Expression.GreaterThan(member, Parameter(value, member.Type))),
                "gte" => Expression.GreaterThanOrEqual(member, Parameter(value, member.Type)),
                "ngte" => Expression.Not(Expression.GreaterThanOrEqual(member, Parameter(value, member.Type))),
                "lt" => Expression.LessThan(member, Parameter(value, member.Type)),
                "nlt" => Expression.Not(Expression.LessThan(member, Parameter(value, member.Type))),
                "lte" => Expression.LessThanOrEqual(member, Parameter(value, member.Type)),
                "nlte" => Expression.Not(Expression.LessThanOrEqual(member, Parameter(value, member.Type))),
                _ => throw new ExecutionError($"Unknown filter operation \"{operation}\"."),
            });
        }
        return Combine(parts, Expression.AndAlso, true);
    }

    static Expression In(Expression member, Type valueType, object? values)
    {
        var items = ((IEnumerable?)values ?? Array.Empty<object>()).Cast<object?>().ToList();
        var array = Array.CreateInstance(member.Type, items.Count);
        for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Parameter(array, array.GetType()), member);
    }

    // A boxed value reads as a query parameter rather than a literal, so plans are reused and nothing is inlined.
    internal static Expression Parameter(object? value, Type type)
    {
        var boxType = typeof(StrongBox<>).MakeGenericType(type);
        var box = Activator.CreateInstance(boxType, value);
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    static object? DecodeIds(EntityDescriptor entity, object? value) => value switch
    {
        null => null,
        string id => GlobalId.DecodeFor(entity.Name, id) ?? throw new ExecutionError($"\"{id}\" is not the ID of a {entity.Name}."),
        IEnumerable ids => ids.Cast<object?>().Select(i => DecodeIds(entity, i)).ToList(),
        _ => throw new ExecutionError("An ID filter takes IDs."),
    };

    static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, Expression> join, bool empty)
    {
        var list = parts.ToList();
        return list.Count == 0 ? Expression.Constant(empty) : Balanced(list, 0, list.Count, join);
    }

    // A balanced tree, not a chain: EF Core and the database's parser recurse once per level, so a chain of
    // thousands of conditions overflows the stack, while a tree of them is only log2(n) deep.
    static Expression Balanced(List<Expression> parts, int start, int count, Func<Expression, Expression, Expression> join) =>
        count == 1 ? parts[start]
        : join(Balanced(parts, start, count / 2, join), Balanced(parts, start + count / 2, count - count / 2, join));

    static IDictionary<string, object?> Dict(object? value) =>
        value as IDictionary<string, object?> ?? throw new ExecutionError("A filter field takes an object.");

    static IEnumerable<IDictionary<string, object?>> Items(object? value) =>
        ((IEnumerable?)value ?? Array.Empty<object>()).Cast<object?>().Select(Dict);
}
