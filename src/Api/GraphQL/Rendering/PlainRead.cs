using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>Reads a field's value from its source alone: no arguments, no services, no side effects. False when the
/// value is not there to read (a reference the row was read without), so the field must be resolved as usual.</summary>
public delegate bool PlainRead(object source, out object? value);

public static class PlainReadExtensions
{
    const string Key = "rag.plain";
    const string PropertyKey = "rag.plain.property";

    /// <summary>Declares that the field's value is <paramref name="read"/> of its source, so a list of records
    /// selecting only such fields is written straight to JSON (<see cref="RenderingExecutionStrategy"/>).</summary>
    public static FieldType ReadsPlainly(this FieldType field, PlainRead read)
    {
        field.Metadata[Key] = read;
        return field;
    }

    /// <param name="property">The property <paramref name="read"/> reads, if it is one: its value is then written
    /// without boxing (<see cref="TypedScalarWriter"/>).</param>
    public static FieldType ReadsPlainly(this FieldType field, Func<object, object?> read, PropertyInfo? property = null)
    {
        if (property is not null) field.Metadata[PropertyKey] = property;
        return field.ReadsPlainly((object source, out object? value) =>
        {
            value = read(source);
            return true;
        });
    }

    /// <summary>The field's value is <paramref name="read"/> of its source: its resolver, and its plain read.</summary>
    public static FieldType ResolvesFromSource(this FieldType field, Func<object, object?> read, PropertyInfo? property = null)
    {
        field.Resolver = new FuncFieldResolver<object>(c => read(c.Source!));
        return field.ReadsPlainly(read, property);
    }

    public static PlainRead? PlainRead(this FieldType field) => field.GetMetadata<PlainRead?>(Key);

    public static PropertyInfo? PlainProperty(this FieldType field) => field.GetMetadata<PropertyInfo?>(PropertyKey);
}
