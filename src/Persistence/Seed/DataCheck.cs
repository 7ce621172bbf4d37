using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Seed;

/// <summary>Where the stored FSI letters do not add up: each letter's reconciliation, plus every grade the
/// letters print that the grade key does not hold. The import logs it; the API shows it as a letter's ruleFindings.</summary>
public sealed class DataCheck(RagDbContext db)
{
    public async Task<IReadOnlyList<RuleFinding>> RunAsync(CancellationToken cancellationToken = default)
    {
        var letters = await db.FsiLetters.AsNoTracking()
            .Include(l => l.GradesBefore).Include(l => l.Transitions)
            .OrderBy(l => l.PrintedName).ToListAsync(cancellationToken);
        return letters.SelectMany(Check).ToList();
    }

    /// <summary>One letter's findings; its grades before and transitions must be loaded.</summary>
    public static IReadOnlyList<RuleFinding> Check(FsiLetter letter)
    {
        RuleFinding Unknown(string label, string grade, string? lines) =>
            new("GRADE_NOT_IN_KEY", RuleSeverity.Warning, $"{letter.PrintedName}: \"{label}\" prints grade \"{grade}\", which the key does not define.",
                $"{letter.SourceDocument}:{lines ?? letter.SourceLines}");

        return letter.Reconcile()
            .Concat(letter.GradesBefore.Where(b => b.GradeCodeId is null).Select(b => Unknown(b.Label, b.Grade, b.SourceLines)))
            .Concat(letter.Transitions.Where(t => t.From is not null && t.FromGradeCodeId is null).Select(t => Unknown(t.Label, t.From!, t.SourceLines)))
            .Concat(letter.Transitions.Where(t => t.ToGradeCodeId is null).Select(t => Unknown(t.Label, t.To, t.SourceLines)))
            .ToList();
    }
}
