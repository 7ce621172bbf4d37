using System.Linq.Expressions;

namespace Rag.Api.GraphQL.Data.Filtering;

/// <summary>contains, startsWith and endsWith as expressions that mean the same on SQLite and PostgreSQL:
/// case-sensitive, as HotChocolate's are, and with no wildcards. EF Core turns string.StartsWith and EndsWith into
/// LIKE, which ignores ASCII case on SQLite but not on PostgreSQL; IndexOf and Substring become instr()/strpos()
/// and substr()/substring() on both.</summary>
static class TextOperators
{
    static readonly System.Reflection.MethodInfo IndexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
    static readonly System.Reflection.MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    static readonly System.Reflection.MethodInfo Substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;

    public static Expression Contains(Expression member, Expression value) =>
        NotNullAnd(member, Expression.Call(member, ContainsMethod, value));

    public static Expression StartsWith(Expression member, Expression value) =>
        NotNullAnd(member, Expression.Equal(Expression.Call(member, IndexOf, value), Expression.Constant(0)));

    /// <summary>The last n characters equal the value. n is counted in characters as both databases count them
    /// (code points), not in .NET's UTF-16 units.</summary>
    public static Expression EndsWith(Expression member, string? value, Func<object?, Type, Expression> parameter)
    {
        var length = parameter(value!.EnumerateRunes().Count(), typeof(int));
        var memberLength = Expression.Property(member, nameof(string.Length));
        var tail = Expression.Call(member, Substring, Expression.Subtract(memberLength, length));
        return NotNullAnd(member, Expression.AndAlso(Expression.GreaterThanOrEqual(memberLength, length),
            Expression.Equal(tail, parameter(value, typeof(string)))));
    }

    static Expression NotNullAnd(Expression member, Expression condition) =>
        Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), condition);
}
