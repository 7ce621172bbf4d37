using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using GraphQL.Types;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>Writes a scalar property of a record without boxing it or calling the scalar's <c>Serialize</c>: a
/// delegate compiled per field for the column types Rag has (text, whole numbers, numbers, true/false, dates and
/// enums), writing what the scalar would serialize to. Other types take the general path.</summary>
static class TypedScalarWriter
{
    public delegate bool Write(Utf8JsonWriter writer, object source);

    public static Write? For(PropertyInfo property, IGraphType fieldType)
    {
        var nonNull = fieldType is NonNullGraphType;
        if (fieldType is NonNullGraphType wrapped) fieldType = wrapped.ResolvedType!;
        var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var supported = (fieldType, valueType) switch
        {
            (StringGraphType or IdGraphType, var t) => t == typeof(string),
            (IntGraphType, var t) => t == typeof(int),
            (FloatGraphType, var t) => t == typeof(double),
            (BooleanGraphType, var t) => t == typeof(bool),
            (DateOnlyGraphType, var t) => t == typeof(DateOnly),
            (EnumerationGraphType, var t) => t.IsEnum,
            _ => false,
        };
        if (!supported) return null;

        var writer = Expression.Parameter(typeof(Utf8JsonWriter), "writer");
        var source = Expression.Parameter(typeof(object), "source");
        Expression value = Expression.Property(Expression.Convert(source, property.DeclaringType!), property);
        Expression body;
        if (valueType == typeof(string))
            body = Expression.Call(Method(nameof(Text)), writer, value, Expression.Constant(nonNull));
        else
        {
            var write = Expression.Constant(valueType.IsEnum ? EnumWriter(valueType, (EnumerationGraphType)fieldType) : ValueWriter(valueType));
            body = valueType == property.PropertyType
                ? Expression.Invoke(write, writer, value)
                : Expression.Call(Method(nameof(Optional)).MakeGenericMethod(valueType), writer, value, Expression.Constant(nonNull), write);
        }
        return Expression.Lambda<Write>(body, writer, source).Compile();
    }

    static MethodInfo Method(string name) => typeof(TypedScalarWriter).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    static bool Text(Utf8JsonWriter writer, string? value, bool nonNull)
    {
        if (value is null) return Null(writer, nonNull);
        writer.WriteStringValue(value);
        return true;
    }

    static bool Optional<T>(Utf8JsonWriter writer, T? value, bool nonNull, Func<Utf8JsonWriter, T, bool> write) where T : struct =>
        value is { } present ? write(writer, present) : Null(writer, nonNull);

    static bool Null(Utf8JsonWriter writer, bool nonNull)
    {
        if (nonNull) return false;
        writer.WriteNullValue();
        return true;
    }

    static Delegate ValueWriter(Type type) =>
        type == typeof(int) ? (Func<Utf8JsonWriter, int, bool>)((w, v) => { w.WriteNumberValue(v); return true; })
        : type == typeof(double) ? (Func<Utf8JsonWriter, double, bool>)((w, v) => { w.WriteNumberValue(v); return true; })
        : type == typeof(bool) ? (Func<Utf8JsonWriter, bool, bool>)((w, v) => { w.WriteBooleanValue(v); return true; })
        : (Func<Utf8JsonWriter, DateOnly, bool>)WriteDate;

    // As DateOnlyGraphType serializes: yyyy-MM-dd.
    static bool WriteDate(Utf8JsonWriter writer, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        if (!date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture)) return false;
        writer.WriteStringValue(text[..written]);
        return true;
    }

    static Delegate EnumWriter(Type type, EnumerationGraphType graphType) =>
        (Delegate)Method(nameof(Names)).MakeGenericMethod(type).Invoke(null, [graphType])!;

    // The enum's GraphQL names, written as they are; a value the type does not name is the executor's to report.
    static Func<Utf8JsonWriter, T, bool> Names<T>(EnumerationGraphType graphType) where T : struct, Enum
    {
        var names = graphType.Values.Where(v => v.Value is T).ToDictionary(v => (T)v.Value!, v => JsonEncodedText.Encode(v.Name, GraphQLJson.Encoder));
        return (writer, value) =>
        {
            if (!names.TryGetValue(value, out var name)) return false;
            writer.WriteStringValue(name);
            return true;
        };
    }
}
