using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Rag.Persistence.Sources;

/// <summary>Lines a curated field was read from where the database keeps the value but not its lines: a quality
/// standard's statements and phases, an LA's roll-out wave, a letter's date, reason, scope and notes. Read from the
/// embedded seed files and pinned to their record by its natural key.</summary>
static class FieldCitations
{
    /// <summary>A field's citation: the record is found by type and key (the LA's name, the standard's code, the letter's printed name).</summary>
    public sealed record Cited(string Document, string EntityType, string Key, string Field, string Lines);

    public static IReadOnlyList<Cited> All { get; } = Load().ToList();

    static IEnumerable<Cited> Load()
    {
        var assembly = typeof(FieldCitations).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (name == "Seed/regions.json")
                foreach (var cited in Regions(Read(assembly, name))) yield return cited;
            else if (name == "Seed/quality-standards.json")
                foreach (var cited in Standards(Read(assembly, name))) yield return cited;
            else if (name.StartsWith("Seed/FsiLetters/", StringComparison.Ordinal))
                foreach (var cited in Letter(Read(assembly, name))) yield return cited;
        }
    }

    static IEnumerable<Cited> Regions(JsonNode file) =>
        from region in file["regions"]!.AsArray()
        from la in region!["localAuthorities"]!.AsArray()
        where la!["waveSourceLines"] is not null
        select new Cited(Text(file, "sourceDocument"), "LocalAuthority", Text(la, "name"), "rolloutWave", Text(la, "waveSourceLines"));

    static IEnumerable<Cited> Standards(JsonNode file) =>
        from set in file["sets"]!.AsArray()
        from standard in set!["standards"]!.AsArray()
        let code = Text(standard, "code")
        from cited in standard!["statements"]!.AsArray()
            .Select(s => new Cited(Text(file, "sourceDocument"), "QualityStandard", code, "statements", Text(s, "sourceLines")))
            .Prepend(new Cited(Text(file, "sourceDocument"), "QualityStandard", code, "phases", standard["phasesLines"]?.GetValue<string>() ?? ""))
        where cited.Lines != ""
        select cited;

    static IEnumerable<Cited> Letter(JsonNode file) =>
        from field in new[] { "letterDate", "reason", "scope", "notes" }
        let lines = file[field + "Lines"]?.GetValue<string>()
        where lines is not null
        select new Cited(Text(file, "sourceDocument"), "FsiLetter", Text(file, "localAuthority"), field, lines);

    static string Text(JsonNode? node, string property) => node![property]!.GetValue<string>();

    static JsonNode Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        return JsonNode.Parse(reader.ReadToEnd())!;
    }
}
