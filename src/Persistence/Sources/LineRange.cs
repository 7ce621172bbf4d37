namespace Rag.Persistence.Sources;

/// <summary>A line or an inclusive range of lines of a source document, 1-based, as provenance writes it ("121", "3207-3393").</summary>
public readonly record struct LineRange(int First, int Last)
{
    public int Count => Last - First + 1;

    public bool Contains(int line) => line >= First && line <= Last;

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";

    /// <summary>Reads "12" or "12-30"; null for anything else, a reversed range or a line below 1.</summary>
    public static LineRange? Parse(string? text)
    {
        var parts = text?.Split('-');
        if (parts is not { Length: 1 or 2 } || !int.TryParse(parts[0], out var first)) return null;
        var last = first;
        if (parts.Length == 2 && !int.TryParse(parts[1], out last)) return null;
        return first >= 1 && last >= first ? new LineRange(first, last) : null;
    }

    /// <summary>Reads a comma-separated list of ranges ("1-4,8,12-14"); null if any part is malformed.</summary>
    public static IReadOnlyList<LineRange>? ParseList(string text)
    {
        var ranges = new List<LineRange>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (Parse(part) is { } range) ranges.Add(range);
            else return null;
        return ranges;
    }

    /// <summary>The ranges that the given lines (in any order) make up.</summary>
    public static IReadOnlyList<LineRange> Of(IEnumerable<int> lines)
    {
        var ranges = new List<LineRange>();
        foreach (var line in lines.Distinct().Order())
            if (ranges.Count > 0 && ranges[^1].Last == line - 1) ranges[^1] = ranges[^1] with { Last = line };
            else ranges.Add(new LineRange(line, line));
        return ranges;
    }
}
