using System.Text.RegularExpressions;
using Rag.Domain.Fsi;
using Rag.Persistence.Seed;

namespace Rag.Persistence.Fsi;

/// <summary>One reader's binding of a finding of 002: where its quote begins and ends (a line range), the
/// heading and the letter it was put under, and the RAG rating inferred from its wording.</summary>
public sealed record ReadFinding(string Letter, string LocalAuthority, string Heading, string Text, int FirstLine, int LastLine, RagRating Rag,
    bool HeadingUncertain = false, bool AttributionUncertain = false)
{
    /// <summary>Same quote: the ranges are equal, or the texts are equal once spacing and quotation marks are set aside.</summary>
    public bool BoundLike(ReadFinding other) =>
        (FirstLine, LastLine) == (other.FirstLine, other.LastLine) || Normalised(Text) == Normalised(other.Text);

    public int Overlap(ReadFinding other) => Math.Max(0, Math.Min(LastLine, other.LastLine) - Math.Max(FirstLine, other.FirstLine) + 1);

    static string Normalised(string text) => Regex.Replace(Regex.Replace(text, "[\"'“”‘’]", ""), @"\s+", " ").Trim();
}

/// <summary>A finding of one reading beside its counterpart in the other; either side is null where the other
/// reading has no finding on those lines.</summary>
public sealed record ReadingPair(ReadFinding? First, ReadFinding? Second)
{
    public bool BoundAlike => First is not null && Second is not null && First.BoundLike(Second);
}

/// <summary>The two independent readings of 002 as shipped in Seed/Readings/{First,Second}: the first as it stood
/// before the disagreements were resolved, the second as its readers gave it; and the resolved reading, the curated
/// letters of Seed/FsiLetters.</summary>
public static class Readings
{
    public static IReadOnlyList<ReadFinding> Load(SeedFiles files, string reading) => LoadFolder(files, $"Seed/Readings/{reading}/");

    public static IReadOnlyList<ReadFinding> LoadResolved(SeedFiles files) => LoadFolder(files, "Seed/FsiLetters/");

    static IReadOnlyList<ReadFinding> LoadFolder(SeedFiles files, string folder) => files.Names
        .Where(n => n.StartsWith(folder, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(n => SeedJson.Read<ReadingFile>(files.Read(n)))
        .SelectMany(f => f.Findings.Select(x => Finding(f, x)))
        .ToList();

    /// <summary>Pairs each first-reading finding with the unpaired second-reading finding on the same lines, else
    /// with the same text, else with the most lines in common (the readers may have put it in another letter).</summary>
    public static IReadOnlyList<ReadingPair> Pair(IReadOnlyList<ReadFinding> first, IReadOnlyList<ReadFinding> second)
    {
        var unpaired = second.ToList();
        var pairs = new List<ReadingPair>();
        foreach (var finding in first)
        {
            var match = unpaired.FirstOrDefault(s => (s.FirstLine, s.LastLine) == (finding.FirstLine, finding.LastLine))
                        ?? unpaired.FirstOrDefault(finding.BoundLike)
                        ?? unpaired.Where(s => finding.Overlap(s) > 0).MaxBy(finding.Overlap);
            if (match is not null) unpaired.Remove(match);
            pairs.Add(new ReadingPair(finding, match));
        }
        return pairs.Concat(unpaired.Select(s => new ReadingPair(null, s))).ToList();
    }

    static ReadFinding Finding(ReadingFile file, FindingRow row)
    {
        var lines = row.SourceLines.Split('-');
        var firstLine = int.Parse(lines[0]);
        return new ReadFinding(file.Slug, file.LocalAuthority, row.Heading, row.Text, firstLine,
            lines.Length > 1 ? int.Parse(lines[1]) : firstLine, row.Rag, row.HeadingUncertain, row.AttributionUncertain);
    }

    sealed record ReadingFile(string Slug, string LocalAuthority, List<FindingRow> Findings);
    sealed record FindingRow(string Heading, string Text, string SourceLines, RagRating Rag, bool HeadingUncertain = false, bool AttributionUncertain = false);
}
