using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Persistence.Catalog;

namespace Rag.Portal.Records;

/// <summary>A list's search, filters and sort translated to SQL over any entity: the page counts and reads one page
/// of rows, the CSV streams them all; neither loads the table. Each row comes back as its id, then per column its
/// value (and for a reference, the target's label, read through a join).</summary>
public static class RecordListQuery
{
    static readonly System.Reflection.MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
    static readonly System.Reflection.MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public static IQueryable Filtered(EntityDescriptor entity, IQueryable source, RecordListState state, IReadOnlyList<RecordColumn> columns)
    {
        var row = Expression.Parameter(entity.ClrType, "r");
        var conditions = new List<Expression>();
        if (!string.IsNullOrWhiteSpace(state.Search)) conditions.Add(Search(row, columns, state.Search.Trim()));
        foreach (var column in columns.Where(c => c.Filterable))
            if (state.Filters.GetValueOrDefault(column.Field) is { Length: > 0 } text && Parse(column.Scalar, text) is { } value)
                conditions.Add(Equal(Expression.Property(row, column.Scalar.Property), value));
        if (conditions.Count == 0) return source;
        return entity.Where(source, Expression.Lambda(conditions.Aggregate(Expression.AndAlso), row));
    }

    /// <summary>The LIKE pattern (escaped with a backslash) for lower(column) containing the words, whatever they hold.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>Text columns contain the words, ignoring case: lower(column) LIKE '%words%' on both databases (SQLite's
    /// lower() folds ASCII only, so both fold the same letters for English text); a number also matches the id.</summary>
    static Expression Search(ParameterExpression row, IReadOnlyList<RecordColumn> columns, string text)
    {
        var pattern = Parameter(ContainsPattern(text));
        var matches = columns.Where(c => c.Reference is null && c.Scalar.ValueType == typeof(string))
            .Select(c => (Expression)Expression.Call(Like, Expression.Constant(EF.Functions), Expression.Call(Expression.Property(row, c.Scalar.Property), ToLower),
                pattern, Expression.Constant("\\")))
            .ToList();
        if (int.TryParse(text, out var id)) matches.Add(Expression.Equal(Expression.Property(row, nameof(Record.Id)), Parameter(id)));
        return matches.Count == 0 ? Expression.Constant(false) : matches.Aggregate(Expression.OrElse);
    }

    public static IQueryable Sorted(EntityDescriptor entity, IQueryable source, RecordListState state, IReadOnlyList<RecordColumn> columns)
    {
        var row = Expression.Parameter(entity.ClrType, "r");
        var column = columns.FirstOrDefault(c => c.Field == state.Sort);
        Expression key = column switch
        {
            null => Expression.Property(row, nameof(Record.Id)),
            { Reference: { } reference } when RecordLabels.ColumnOf(reference.Target) is { } label =>
                Expression.Property(Expression.Property(row, reference.Navigation), label.Property),
            _ => Expression.Property(row, column.Scalar.Property),
        };
        var sorted = Order(source, row, key, state.Descending ? "OrderByDescending" : "OrderBy");
        return column is null ? sorted : Order(sorted, row, Expression.Property(row, nameof(Record.Id)), "ThenBy");
    }

    /// <summary>Each row as <c>object?[]</c>: the id, then each column's value, then (for a reference) its label.</summary>
    public static IQueryable<object?[]> Rows(EntityDescriptor entity, IQueryable source, IReadOnlyList<RecordColumn> columns)
    {
        var row = Expression.Parameter(entity.ClrType, "r");
        var values = new List<Expression> { Boxed(Expression.Property(row, nameof(Record.Id))) };
        foreach (var column in columns)
        {
            values.Add(Boxed(Expression.Property(row, column.Scalar.Property)));
            if (column.Reference is { } reference)
                values.Add(RecordLabels.ColumnOf(reference.Target) is { } label
                    ? Boxed(Expression.Property(Expression.Property(row, reference.Navigation), label.Property))
                    : Expression.Constant(null, typeof(object)));
        }
        var select = Expression.Lambda(Expression.NewArrayInit(typeof(object), values), row);
        return (IQueryable<object?[]>)source.Provider.CreateQuery(
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [entity.ClrType, typeof(object?[])], source.Expression, Expression.Quote(select)));
    }

    /// <summary>Up to 50 records of an entity whose label contains the words (or whose id is the number), by label: a picker's options.</summary>
    public static async Task<List<(int Id, string Label)>> OptionsAsync(EntityDescriptor entity, IQueryable source, string? search, CancellationToken cancellationToken)
    {
        var label = RecordLabels.ColumnOf(entity);
        var row = Expression.Parameter(entity.ClrType, "r");
        var query = source;
        if (!string.IsNullOrWhiteSpace(search))
        {
            IReadOnlyList<RecordColumn> labelColumn = label is null ? [] : [new RecordColumn(new WritableMember(label.FieldName, label, null))];
            query = entity.Where(query, Expression.Lambda(Search(row, labelColumn, search.Trim()), row));
        }
        query = Order(query, row, label is null ? Expression.Property(row, nameof(Record.Id)) : Expression.Property(row, label.Property), "OrderBy");
        query = entity.Slice(query, 0, 50);
        var idAndLabel = Expression.Lambda(Expression.NewArrayInit(typeof(object), Boxed(Expression.Property(row, nameof(Record.Id))),
            label is null ? Expression.Constant(null, typeof(object)) : Boxed(Expression.Property(row, label.Property))), row);
        var rows = await ((IQueryable<object?[]>)query.Provider.CreateQuery(Expression.Call(typeof(Queryable), nameof(Queryable.Select),
            [entity.ClrType, typeof(object?[])], query.Expression, Expression.Quote(idAndLabel)))).ToListAsync(cancellationToken);
        return rows.Select(r => ((int)r[0]!, RecordLabels.Of(entity, (int)r[0]!, r[1]))).ToList();
    }

    /// <summary>The records of <paramref name="entity"/> whose foreign key <paramref name="foreignKey"/> is <paramref name="id"/>.</summary>
    public static IQueryable ReferringTo(EntityDescriptor entity, IQueryable source, System.Reflection.PropertyInfo foreignKey, int id)
    {
        var row = Expression.Parameter(entity.ClrType, "r");
        return entity.Where(source, Expression.Lambda(Equal(Expression.Property(row, foreignKey), id), row));
    }

    /// <summary>A filter's text as the column's value; null when it is not one (the filter is then ignored).</summary>
    public static object? Parse(ScalarMember scalar, string text) => scalar.ValueType switch
    {
        var t when t.IsEnum => Enum.TryParse(t, text, true, out var choice) && Enum.IsDefined(t, choice!) ? choice : null,
        var t when t == typeof(bool) => bool.TryParse(text, out var flag) ? flag : null,
        var t when t == typeof(int) => int.TryParse(text, out var number) ? number : null,
        _ => null,
    };

    static Expression Equal(MemberExpression column, object value) =>
        Expression.Equal(column, Expression.Convert(Parameter(value), column.Type));

    // A captured value, so that EF sends it as a SQL parameter rather than inlining it into the statement.
    static Expression Parameter<T>(T value) where T : notnull =>
        Expression.Field(Expression.Constant(new StrongBox<T>(value)), nameof(StrongBox<T>.Value));

    static Expression Parameter(object value)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(value.GetType()), value)!;
        return Expression.Field(Expression.Constant(box), "Value");
    }

    static Expression Boxed(Expression value) => Expression.Convert(value, typeof(object));

    static IQueryable Order(IQueryable source, ParameterExpression row, Expression key, string method) =>
        source.Provider.CreateQuery(Expression.Call(typeof(Queryable), method, [row.Type, key.Type], source.Expression,
            Expression.Quote(Expression.Lambda(key, row))));
}
