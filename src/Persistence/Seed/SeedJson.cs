using System.Text.Json;
using System.Text.Json.Serialization;
using Rag.Domain.Common;

namespace Rag.Persistence.Seed;

static class SeedJson
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"Empty seed file for {typeof(T).Name}.");

    /// <summary>Sets a curated record's provenance.</summary>
    public static T From<T>(this T record, string document, string? lines, string? curatorNote = null) where T : Record
    {
        record.SourceDocument = document;
        record.SourceLines = lines;
        record.CuratorNote = curatorNote;
        return record;
    }
}
