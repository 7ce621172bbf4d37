using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>The answer's JSON settings, shared by the serializer and the lists rendered before it runs, so both
/// escape text alike.</summary>
public static class GraphQLJson
{
    /// <summary>Escapes only what JSON requires: answers are read by programs, never embedded in HTML.</summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = Encoder;
        options.Converters.Add(new RenderedListConverter());
    }
}
