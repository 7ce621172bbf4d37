using Rag.Persistence.Catalog;
using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using GraphQL;

namespace Rag.Api.GraphQL.Data.Sorting;

/// <summary>Applies an <c>order</c> argument (<c>[{ letterDate: DESC }, { localAuthority: { name: ASC } }]</c>)
/// as ORDER BY clauses, then orders by id so that pages are stable.</summary>
public static class SortApplier
{
    /// <summary>Each key is one more level of the expression EF Core visits recursively; no real question needs more.</summary>
    public const int MaxKeys = 20;

    public static IQueryable Apply(EntityDescriptor entity, IQueryable source, object? order)
    {
        var keys = new List<(LambdaExpression Key, bool Descending)>();
        var parameter = Expression.Parameter(entity.ClrType, "x");
        foreach (var item in ((IEnumerable?)order ?? Array.Empty<object>()).Cast<IDictionary<string, object?>>())
        {
            Collect(entity, parameter, parameter, item, keys);
            if (keys.Count > MaxKeys)
                throw new ExecutionError($"order can name at most {MaxKeys} fields.") { Code = "SORT_LIMIT" };
        }
        keys.Add((Expression.Lambda(Expression.Property(parameter, "Id"), parameter), false));

        var query = source;
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, descending) = keys[i];
            // EF Core's method handles, not Expression.Call by name, which searches Queryable's methods on every call.
            var method = (i == 0, descending) switch
            {
                (true, false) => QueryableMethods.OrderBy,
                (true, true) => QueryableMethods.OrderByDescending,
                (false, false) => QueryableMethods.ThenBy,
                (false, true) => QueryableMethods.ThenByDescending,
            };
            query = query.Provider.CreateQuery(Expression.Call(method.MakeGenericMethod(entity.ClrType, key.ReturnType),
                query.Expression, Expression.Quote(key)));
        }
        return query;
    }

    static void Collect(EntityDescriptor entity, ParameterExpression parameter, Expression target,
        IDictionary<string, object?> item, List<(LambdaExpression, bool)> keys)
    {
        foreach (var (field, value) in item)
        {
            if (value is null) continue;
            if (entity.Scalars.FirstOrDefault(s => s.FieldName == field && !s.IsList) is { } scalar)
                keys.Add((Expression.Lambda(Expression.Property(target, scalar.Property), parameter), value is SortDirection.Desc));
            else if (field == "id")
                keys.Add((Expression.Lambda(Expression.Property(target, "Id"), parameter), value is SortDirection.Desc));
            else if (entity.References.FirstOrDefault(r => r.FieldName == field) is { } reference)
                Collect(reference.Target, parameter, Expression.Property(target, reference.Navigation),
                    value as IDictionary<string, object?> ?? throw new ExecutionError($"Sort on \"{field}\" takes an object."), keys);
            else
                throw new ExecutionError($"{entity.Name} cannot be sorted by \"{field}\".");
        }
    }
}
