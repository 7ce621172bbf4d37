using System.Collections;
using System.Text.Json;
using GraphQL.Types;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>How a value of one graph type is written: a scalar, an object of plain fields, or a list of either.
/// Each write says false, having written part of it, when the value breaks a rule the executor would report
/// (a null where the type says non-null, a record of the wrong type, a scalar that will not serialize, a reference
/// not read with its row); the caller then forgets the bytes and lets the executor resolve the list as usual.</summary>
abstract class RenderShape(bool nonNull)
{
    public bool TryWrite(Utf8JsonWriter writer, object? value)
    {
        if (value is not null) return TryWriteValue(writer, value);
        if (nonNull) return false;
        writer.WriteNullValue();
        return true;
    }

    protected abstract bool TryWriteValue(Utf8JsonWriter writer, object value);
}

sealed class ScalarShape(ScalarGraphType type, bool nonNull) : RenderShape(nonNull)
{
    // What ExecutionResultJsonConverter writes for the values our scalars serialize to; anything else is the executor's.
    protected override bool TryWriteValue(Utf8JsonWriter writer, object value)
    {
        switch (type.Serialize(value))
        {
            case null: return TryWrite(writer, null);
            case string text: writer.WriteStringValue(text); return true;
            case int number: writer.WriteNumberValue(number); return true;
            case long number: writer.WriteNumberValue(number); return true;
            case double number: writer.WriteNumberValue(number); return true;
            case decimal number: writer.WriteNumberValue(number); return true;
            case bool flag: writer.WriteBooleanValue(flag); return true;
            case DateTime moment: writer.WriteStringValue(moment); return true;
            case DateTimeOffset moment: writer.WriteStringValue(moment); return true;
            case Guid id: writer.WriteStringValue(id); return true;
            default: return false;
        }
    }
}

sealed class ObjectShape(IObjectGraphType type, RenderField[] fields, bool nonNull) : RenderShape(nonNull)
{
    protected override bool TryWriteValue(Utf8JsonWriter writer, object value)
    {
        if (type.IsTypeOf is { } isTypeOf && !type.SkipTypeCheck && !isTypeOf(value)) return false;
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Key);
            if (!field.TryWrite(writer, value)) return false;
        }
        writer.WriteEndObject();
        return true;
    }
}

sealed class ListShape(RenderShape item, bool nonNull) : RenderShape(nonNull)
{
    protected override bool TryWriteValue(Utf8JsonWriter writer, object value)
    {
        if (value is not IEnumerable items || value is string) return false;
        writer.WriteStartArray();
        if (items is IList list)
        {
            for (var i = 0; i < list.Count; i++)
                if (!item.TryWrite(writer, list[i])) return false;
        }
        else
        {
            foreach (var each in items)
                if (!item.TryWrite(writer, each)) return false;
        }
        writer.WriteEndArray();
        return true;
    }
}

/// <summary>One response key of an object: its name as written, and how its value is read and written.</summary>
sealed class RenderField(JsonEncodedText key, TypedScalarWriter.Write write)
{
    public JsonEncodedText Key => key;

    public bool TryWrite(Utf8JsonWriter writer, object source) => write(writer, source);

    public static RenderField Read(JsonEncodedText key, PlainRead read, RenderShape shape) =>
        new(key, (writer, source) => read(source, out var value) && shape.TryWrite(writer, value));

    /// <summary><c>__typename</c>: the object type's name, whatever the record.</summary>
    public static RenderField TypeName(JsonEncodedText key, string name)
    {
        var text = JsonEncodedText.Encode(name, GraphQLJson.Encoder);
        return new(key, (writer, _) =>
        {
            writer.WriteStringValue(text);
            return true;
        });
    }
}
