using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Domain.Grades;

namespace Rag.Persistence.Seed;

/// <summary>One FSI letter of 002 per file, linked to its LA through the register's alternative names. A finding
/// is known by its source lines, so a re-curated file can correct, move or remove the findings it imported.</summary>
public sealed class FsiLettersSeed(SeedFiles files) : ISeedDataset
{
    public string Resource => "Seed/FsiLetters/";
    public IReadOnlyList<string> DependsOn => ["Seed/regions.json", "Seed/grade-codes.json", "Seed/fsi-headings.json"];
    public bool Corrects => true;

    public async Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<LetterFile>(json);
        var doc = file.SourceDocument;
        var la = await db.LocalAuthorityNames.Where(n => n.Name == file.LocalAuthority).Select(n => n.LocalAuthority)
                     .SingleOrDefaultAsync(cancellationToken)
                 ?? throw new InvalidDataException($"{file.Slug}: no LA in the register is named \"{file.LocalAuthority}\".");
        var grades = await db.GradeCodes.ToListAsync(cancellationToken);
        var headings = await db.FsiHeadings.ToDictionaryAsync(h => h.Name, cancellationToken);

        var letter = Letter(new FsiLetter { LocalAuthority = la, PrintedName = file.LocalAuthority }, file);
        letter.GradesBefore = file.GradesBefore.Select((b, i) => new FsiGradeCount
        {
            Order = i + 1, Label = b.Label, Count = b.Count, Of = b.Of, Grade = b.Grade,
            GradeCode = GradeLabel.Match(b.Grade, grades),
        }.From(doc, b.SourceLines)).ToList();
        letter.Transitions = file.Transitions.Select((t, i) => new FsiGradeTransition
        {
            Order = i + 1, Label = t.Label, Count = t.Count, Of = t.Of, From = t.From, To = t.To,
            FromGradeCode = GradeLabel.Match(t.From, grades), ToGradeCode = GradeLabel.Match(t.To, grades),
        }.From(doc, t.SourceLines)).ToList();
        letter.Findings = file.Findings.Select((f, i) => Finding(new FsiFinding { Text = f.Text }, f, i + 1, doc, headings, file.Slug)).ToList();
        db.FsiLetters.Add(letter);
    }

    /// <summary>Corrects the letter and its findings where nobody has edited them: a finding whose lines another
    /// letter's file now claims moves there; one whose lines no file claims any more is removed.</summary>
    public async Task<IReadOnlyList<string>> CorrectAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<LetterFile>(json);
        var doc = file.SourceDocument;
        var keptEdits = new List<string>();
        var letter = await db.FsiLetters.Include(l => l.Findings)
            .SingleOrDefaultAsync(l => l.SourceDocument == doc && l.PrintedName == file.LocalAuthority, cancellationToken);
        if (letter is null) return [$"{file.Slug}: the letter was deleted; its corrections are not applied"];
        if (SeedEdits.Unedited(letter)) Letter(letter, file);
        else keptEdits.Add($"FsiLetter {letter.Id} ({file.LocalAuthority})");

        var headings = await db.FsiHeadings.ToDictionaryAsync(h => h.Name, cancellationToken);
        var deleted = await SeedEdits.DeletedSourceLines(db, nameof(FsiFinding), cancellationToken);
        var claimedElsewhere = ClaimedLines(except: Resource + file.Slug + ".json");
        foreach (var (row, i) in file.Findings.Select((f, i) => (f, i)))
        {
            var finding = await db.FsiFindings.SingleOrDefaultAsync(f => f.SourceDocument == doc && f.SourceLines == row.SourceLines, cancellationToken);
            if (finding is null)
            {
                if (!deleted.Contains(row.SourceLines))
                    letter.Findings.Add(Finding(new FsiFinding { Text = row.Text }, row, i + 1, doc, headings, file.Slug));
            }
            else if (SeedEdits.Unedited(finding))
            {
                finding.FsiLetterId = letter.Id;
                Finding(finding, row, i + 1, doc, headings, file.Slug);
            }
            else keptEdits.Add($"FsiFinding {finding.Id} ({doc}:{finding.SourceLines})");
        }

        var lines = file.Findings.Select(f => f.SourceLines).ToHashSet();
        foreach (var stale in letter.Findings.Where(f => f.SourceDocument == doc && f.Id != 0 && !lines.Contains(f.SourceLines!) && !claimedElsewhere.Contains(f.SourceLines!)).ToList())
        {
            if (SeedEdits.Unedited(stale)) db.FsiFindings.Remove(stale);
            else keptEdits.Add($"FsiFinding {stale.Id} ({doc}:{stale.SourceLines}), no longer curated as a finding");
        }
        return keptEdits;
    }

    HashSet<string> ClaimedLines(string except) => files.Names
        .Where(n => n.StartsWith(Resource, StringComparison.Ordinal) && n != except)
        .SelectMany(n => SeedJson.Read<LetterFile>(files.Read(n)).Findings.Select(f => f.SourceLines))
        .ToHashSet();

    static FsiLetter Letter(FsiLetter letter, LetterFile file)
    {
        letter.LetterDate = file.LetterDate;
        letter.Reason = file.Reason;
        letter.Scope = file.Scope;
        letter.Notes = file.Notes;
        letter.SchoolCount = file.SchoolCount;
        return letter.From(file.SourceDocument, file.SourceLines);
    }

    static FsiFinding Finding(FsiFinding finding, FindingRow f, int order, string doc, Dictionary<string, FsiHeading> headings, string slug)
    {
        finding.Order = order;
        finding.Heading = headings.GetValueOrDefault(f.Heading) ?? throw new InvalidDataException($"{slug}: unknown heading \"{f.Heading}\".");
        finding.Text = f.Text;
        finding.Rag = f.Rag;
        finding.RagIsInferred = f.Rag is not null;
        finding.HeadingUncertain = f.HeadingUncertain;
        finding.AttributionUncertain = f.AttributionUncertain;
        finding.SecondReadingHeading = f.SecondReadingHeading;
        finding.SecondReadingLocalAuthority = f.SecondReadingLocalAuthority;
        finding.SecondReadingRag = f.SecondReadingRag;
        finding.ResolutionNote = f.ResolutionNote;
        return finding.From(doc, f.SourceLines, f.CuratorNote);
    }

    sealed record LetterFile(
        string Slug, string LocalAuthority, string SourceDocument, string SourceLines, DateOnly LetterDate,
        string? Reason, string? Scope, string? Notes, int SchoolCount,
        List<CountRow> GradesBefore, List<TransitionRow> Transitions, List<FindingRow> Findings);
    sealed record CountRow(string Label, int Count, int Of, string Grade, string SourceLines);
    sealed record TransitionRow(string Label, int Count, int Of, string? From, string To, string SourceLines);
    sealed record FindingRow(
        string Heading, string Text, string SourceLines, RagRating? Rag,
        bool HeadingUncertain, bool AttributionUncertain, string? CuratorNote,
        string? SecondReadingHeading = null, string? SecondReadingLocalAuthority = null, RagRating? SecondReadingRag = null,
        string? ResolutionNote = null);
}
