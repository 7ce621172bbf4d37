using System.Text.Json;

namespace Rag.Persistence.Seed;

/// <summary>Records added to a curated file after its first release carry <c>"revision": n</c> (n ≥ 2). A database
/// that imported the file before gets each later revision once, marked as "file#n": only those records are added,
/// so an edit is never overwritten and a record a user deleted never comes back.</summary>
static class SeedRevisions
{
    public static string Marker(string file, int revision) => $"{file}#{revision}";

    /// <summary>The revisions a file's records carry, in order.</summary>
    public static IReadOnlyList<int> In(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new SortedSet<int>();
        Collect(document.RootElement, found);
        return found.ToList();
    }

    static void Collect(JsonElement element, SortedSet<int> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
            foreach (var property in element.EnumerateObject())
                if (property.NameEquals("revision") && property.Value.ValueKind == JsonValueKind.Number) found.Add(property.Value.GetInt32());
                else Collect(property.Value, found);
        else if (element.ValueKind == JsonValueKind.Array)
            foreach (var item in element.EnumerateArray()) Collect(item, found);
    }
}
