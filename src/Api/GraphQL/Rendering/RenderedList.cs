using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>A list already written as JSON, where the executor keeps a list's serialized value
/// (<c>ArrayExecutionNode.SerializedResult</c>); <see cref="RenderedListConverter"/> copies it into the answer.</summary>
public sealed class RenderedList(RenderBuffer buffer, int start, int length) : IEnumerable
{
    public ReadOnlySpan<byte> Json => buffer.Slice(start, length);

    // For a reader of ExecutionResult other than the serializer: the items as JSON elements.
    public IEnumerator GetEnumerator()
    {
        using var document = JsonDocument.Parse(Json.ToArray());
        return document.RootElement.EnumerateArray().Select(item => (object)item.Clone()).ToList().GetEnumerator();
    }
}

/// <summary>Writes a serialized list value: a rendered list as it stands, any other as System.Text.Json would.</summary>
public sealed class RenderedListConverter : JsonConverter<IEnumerable>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(IEnumerable);

    public override void Write(Utf8JsonWriter writer, IEnumerable value, JsonSerializerOptions options)
    {
        if (value is RenderedList rendered)
        {
            writer.WriteRawValue(rendered.Json, skipInputValidation: true);
            return;
        }
        writer.WriteStartArray();
        foreach (var item in value) JsonSerializer.Serialize(writer, item, options);
        writer.WriteEndArray();
    }

    public override IEnumerable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Rendered lists are written, never read.");
}
