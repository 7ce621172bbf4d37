using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;

namespace Rag.Persistence.Seed;

/// <summary>Where the stored FSI letters do not add up: each letter's reconciliation, plus every grade the
/// letters print that the grade key does not hold.</summary>
public sealed class DataCheck(RagDbContext db)
{
    public async Task<IReadOnlyList<RuleFinding>> RunAsync(CancellationToken cancellationToken = default)
    {
        var letters = await db.FsiLetters.AsNoTracking()
            .Include(l => l.GradesBefore).Include(l => l.Transitions)
            .OrderBy(l => l.PrintedName).ToListAsync(cancellationToken);

        var findings = new List<RuleFinding>();
        foreach (var letter in letters)
        {
            findings.AddRange(letter.Reconcile());
            findings.AddRange(letter.GradesBefore.Where(b => b.GradeCodeId is null).Select(b => Unknown(letter.PrintedName, b.Label, b.Grade, b.SourceLines)));
            findings.AddRange(letter.Transitions.Where(t => t.From is not null && t.FromGradeCodeId is null).Select(t => Unknown(letter.PrintedName, t.Label, t.From!, t.SourceLines)));
            findings.AddRange(letter.Transitions.Where(t => t.ToGradeCodeId is null).Select(t => Unknown(letter.PrintedName, t.Label, t.To, t.SourceLines)));

            RuleFinding Unknown(string la, string label, string grade, string? lines) =>
                new("GRADE_NOT_IN_KEY", RuleSeverity.Warning, $"{la}: \"{label}\" prints grade \"{grade}\", which the key does not define.",
                    $"{letter.SourceDocument}:{lines ?? letter.SourceLines}");
        }
        return findings;
    }
}
