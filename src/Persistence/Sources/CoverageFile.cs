using System.Text;
using System.Text.Json;

namespace Rag.Persistence.Sources;

/// <summary>A line of a source document that no record cites, and why it is left out ("contents page", "SIP
/// programme material not yet modelled (issue 14)").</summary>
public sealed record UncuratedRange(LineRange Lines, string Reason);

/// <summary>One source document's coverage file (Seed/Data/Coverage/NNN.uncurated.json): its length, its blank lines
/// (covered without a citation) and the ranges the curators left out, each with its reason.</summary>
public sealed record CoverageFile(string Document, int LineCount, IReadOnlyList<LineRange> BlankLines, IReadOnlyList<UncuratedRange> Uncurated)
{
    const string Prefix = "Seed/Coverage/";

    /// <summary>The five documents' files, in document order.</summary>
    public static IReadOnlyList<CoverageFile> All { get; } = Load();

    public static CoverageFile? For(string document) => All.FirstOrDefault(f => f.Document == document);

    static IReadOnlyList<CoverageFile> Load()
    {
        var assembly = typeof(CoverageFile).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
                return Parse(name, reader.ReadToEnd());
            }).ToList();
    }

    static CoverageFile Parse(string name, string json)
    {
        var row = JsonSerializer.Deserialize<FileRow>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                  ?? throw new InvalidDataException($"{name} is empty.");
        LineRange Range(string text) => LineRange.Parse(text) ?? throw new InvalidDataException($"{name}: \"{text}\" is not a line range.");
        return new CoverageFile(row.SourceDocument, row.LineCount,
            LineRange.ParseList(row.BlankLines) ?? throw new InvalidDataException($"{name}: malformed blankLines."),
            row.Uncurated.Select(u => new UncuratedRange(Range(u.Lines), u.Reason)).ToList());
    }

    sealed record FileRow(string SourceDocument, int LineCount, string BlankLines, List<UncuratedRow> Uncurated);
    sealed record UncuratedRow(string Lines, string Reason);
}
