using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Analysis.Matrix;

[Description("A finding as the analyses show it, with where it came from.")]
public sealed record FindingItem(
    [property: Description("The finding's ID.")] int Id,
    [property: Description("The ID of the letter it is quoted from.")] int LetterId,
    [property: Description("The LA of the letter.")] string LocalAuthority,
    [property: Description("The letter's date.")] DateOnly LetterDate,
    [property: Description("The finding's heading.")] string Heading,
    [property: Description("The finding, verbatim from 002.")] string Text,
    [property: Description("Its rating; null where none is given.")] RagRating? Rag,
    [property: Description("Whether the rating is the curator's reading rather than a confirmed one.")] bool RagIsInferred,
    [property: Description("Whether its heading or LA is uncertain in 002's jumbled table.")] bool Uncertain,
    [property: Description("The curator's word on an uncertain reading.")] string? CuratorNote,
    [property: Description("The source document.")] string? SourceDocument,
    [property: Description("The lines of the source document it was read from.")] string? SourceLines)
{
    public static FindingItem From(FindingRow f) => new(f.Id, f.LetterId, f.LocalAuthority, f.LetterDate, f.Heading, f.Text, f.Rag,
        f.RagIsInferred, f.Uncertain, f.CuratorNote, f.SourceDocument, f.SourceLines);
}

[Description("How many findings have each rating.")]
public sealed record RagTally(
    [property: Description("Red findings.")] int Red,
    [property: Description("Amber findings.")] int Amber,
    [property: Description("Green findings.")] int Green,
    [property: Description("Findings with no rating.")] int Unrated)
{
    [Description("All findings counted.")]
    public int Total => Red + Amber + Green + Unrated;

    public static RagTally Of(IEnumerable<RagRating?> ratings)
    {
        int r = 0, a = 0, g = 0, u = 0;
        foreach (var rating in ratings)
            switch (rating) { case RagRating.Red: r++; break; case RagRating.Amber: a++; break; case RagRating.Green: g++; break; default: u++; break; }
        return new RagTally(r, a, g, u);
    }

    /// <summary>The letters R/A/G with counts ("2R 1A 3G"), so a cell never speaks by colour alone.</summary>
    public string Letters() => string.Join(' ', new[] { (Red, "R"), (Amber, "A"), (Green, "G"), (Unrated, "–") }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1}{p.Item2}"));
}

[Description("An LA compared: a column of the matrix.")]
public sealed record MatrixColumn(
    [property: Description("The LA's ID.")] int LocalAuthorityId,
    [property: Description("The LA's name in the register.")] string LocalAuthority,
    [property: Description("The LA's region.")] string Region,
    [property: Description("The ID of the LA's letter.")] int LetterId,
    [property: Description("The letter's date.")] DateOnly LetterDate,
    [property: Description("The LA's findings across the headings shown.")] RagTally Tally);

[Description("One LA's findings under one heading: a cell of the matrix.")]
public sealed record MatrixCell(
    [property: Description("The LA's ID (the column).")] int LocalAuthorityId,
    [property: Description("The ratings of the cell's findings.")] RagTally Tally,
    [property: Description("The findings, in the letter's order.")] IReadOnlyList<FindingItem> Findings);

[Description("One heading across the LAs: a row of the matrix.")]
public sealed record MatrixRow(
    [property: Description("The heading's ID.")] int HeadingId,
    [property: Description("The heading as 002 prints it.")] string Heading,
    [property: Description("The heading's findings across the LAs shown.")] RagTally Tally,
    [property: Description("One cell per column, in column order.")] IReadOnlyList<MatrixCell> Cells);

[Description("A group of headings as 002 groups them.")]
public sealed record MatrixGroup(
    [property: Description("The group's ID.")] int GroupId,
    [property: Description("The group's name.")] string Group,
    [property: Description("The group's headings.")] IReadOnlyList<MatrixRow> Rows);

[Description("002 Annex 4 as a table: headings (grouped) down, LAs across, each cell the findings with their ratings.")]
public sealed record ComparisonMatrixResult(
    [property: Description("The LAs compared.")] IReadOnlyList<MatrixColumn> Columns,
    [property: Description("The headings, grouped as in 002.")] IReadOnlyList<MatrixGroup> Groups,
    [property: Description("All findings shown.")] RagTally Tally)
{
    public IEnumerable<FindingItem> AllFindings() => Groups.SelectMany(g => g.Rows).SelectMany(r => r.Cells).SelectMany(c => c.Findings);
}

/// <summary>The comparison matrix (002 Annex 4): the columns are the LAs whose letters the LA-level filters keep,
/// the rows every heading the heading filters keep; the finding-level filters (rating, uncertainty, words) empty cells, never drop rows or columns.</summary>
public sealed class ComparisonMatrix(FindingRows rows)
{
    public async Task<ComparisonMatrixResult> BuildAsync(FindingFilter filter, CancellationToken cancellationToken = default)
    {
        var findings = await rows.LoadAsync(filter, cancellationToken);
        var columns = await rows.LettersLas(filter)
            .Select(la => new { la.Id, la.Name, Region = la.Region!.Name, Letter = la.FsiLetters.OrderBy(l => l.LetterDate).Select(l => new { l.Id, l.LetterDate }).First() })
            .OrderBy(la => la.Name).ToListAsync(cancellationToken);
        var headings = await rows.Headings(filter)
            .Select(h => new { h.Id, h.Name, h.Order, GroupId = h.FsiHeadingGroupId, Group = h.Group!.Name, GroupOrder = h.Group.Order })
            .ToListAsync(cancellationToken);
        var byCell = findings.ToLookup(f => (f.HeadingId, f.LocalAuthorityId));
        var byLa = findings.ToLookup(f => f.LocalAuthorityId);

        var groups = headings.GroupBy(h => new { h.GroupId, h.Group, h.GroupOrder }).OrderBy(g => g.Key.GroupOrder)
            .Select(g => new MatrixGroup(g.Key.GroupId, g.Key.Group, g.OrderBy(h => h.Order).Select(h =>
            {
                var cells = columns.Select(c =>
                {
                    var items = byCell[(h.Id, c.Id)].OrderBy(f => f.LetterId).ThenBy(f => f.Order).ToList();
                    return new MatrixCell(c.Id, RagTally.Of(items.Select(f => f.Rag)), items.Select(FindingItem.From).ToList());
                }).ToList();
                return new MatrixRow(h.Id, h.Name, RagTally.Of(cells.SelectMany(c => c.Findings).Select(f => f.Rag)), cells);
            }).ToList())).ToList();
        var shown = headings.Select(h => h.Id).ToHashSet();
        var result = new ComparisonMatrixResult(
            columns.Select(c => new MatrixColumn(c.Id, c.Name, c.Region, c.Letter.Id, c.Letter.LetterDate,
                RagTally.Of(byLa[c.Id].Where(f => shown.Contains(f.HeadingId)).Select(f => f.Rag)))).ToList(),
            groups, RagTally.Of(groups.SelectMany(g => g.Rows).SelectMany(r => r.Cells).SelectMany(c => c.Findings).Select(f => f.Rag)));
        return result;
    }
}
