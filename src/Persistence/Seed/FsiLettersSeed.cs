using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Domain.Grades;

namespace Rag.Persistence.Seed;

/// <summary>One FSI letter of 002 per file, linked to its LA through the register's alternative names.</summary>
public sealed class FsiLettersSeed : ISeedDataset
{
    public string Resource => "Seed/FsiLetters/";
    public IReadOnlyList<string> DependsOn => ["Seed/regions.json", "Seed/grade-codes.json", "Seed/fsi-headings.json"];

    public async Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<LetterFile>(json);
        var doc = file.SourceDocument;
        var la = await db.LocalAuthorityNames.Where(n => n.Name == file.LocalAuthority).Select(n => n.LocalAuthority)
                     .SingleOrDefaultAsync(cancellationToken)
                 ?? throw new InvalidDataException($"{file.Slug}: no LA in the register is named \"{file.LocalAuthority}\".");
        var grades = await db.GradeCodes.ToListAsync(cancellationToken);
        var headings = await db.FsiHeadings.ToDictionaryAsync(h => h.Name, cancellationToken);

        db.FsiLetters.Add(new FsiLetter
        {
            LocalAuthority = la,
            PrintedName = file.LocalAuthority,
            LetterDate = file.LetterDate,
            Reason = file.Reason,
            Scope = file.Scope,
            Notes = file.Notes,
            SchoolCount = file.SchoolCount,
            GradesBefore = file.GradesBefore.Select((b, i) => new FsiGradeCount
            {
                Order = i + 1, Label = b.Label, Count = b.Count, Of = b.Of, Grade = b.Grade,
                GradeCode = GradeLabel.Match(b.Grade, grades),
            }.From(doc, b.SourceLines)).ToList(),
            Transitions = file.Transitions.Select((t, i) => new FsiGradeTransition
            {
                Order = i + 1, Label = t.Label, Count = t.Count, Of = t.Of, From = t.From, To = t.To,
                FromGradeCode = GradeLabel.Match(t.From, grades), ToGradeCode = GradeLabel.Match(t.To, grades),
            }.From(doc, t.SourceLines)).ToList(),
            Findings = file.Findings.Select((f, i) => new FsiFinding
            {
                Order = i + 1,
                Heading = headings.GetValueOrDefault(f.Heading)
                          ?? throw new InvalidDataException($"{file.Slug}: unknown heading \"{f.Heading}\"."),
                Text = f.Text,
                Rag = f.Rag,
                RagIsInferred = f.Rag is not null,
                HeadingUncertain = f.HeadingUncertain,
                AttributionUncertain = f.AttributionUncertain,
            }.From(doc, f.SourceLines, f.CuratorNote)).ToList(),
        }.From(doc, file.SourceLines));
    }

    sealed record LetterFile(
        string Slug, string LocalAuthority, string SourceDocument, string SourceLines, DateOnly LetterDate,
        string? Reason, string? Scope, string? Notes, int SchoolCount,
        List<CountRow> GradesBefore, List<TransitionRow> Transitions, List<FindingRow> Findings);
    sealed record CountRow(string Label, int Count, int Of, string Grade, string SourceLines);
    sealed record TransitionRow(string Label, int Count, int Of, string? From, string To, string SourceLines);
    sealed record FindingRow(
        string Heading, string Text, string SourceLines, RagRating? Rag,
        bool HeadingUncertain, bool AttributionUncertain, string? CuratorNote);
}
