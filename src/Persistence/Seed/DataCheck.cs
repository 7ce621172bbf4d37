using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Domain.Schools;

namespace Rag.Persistence.Seed;

/// <summary>Where the stored documents contradict themselves: each FSI letter's reconciliation, every grade the
/// letters print that the grade key does not hold, and every pair of an LA category's visit passages that cannot
/// both hold. The import logs it; the API shows it as a letter's or a category's ruleFindings.</summary>
public sealed class DataCheck(RagDbContext db)
{
    public async Task<IReadOnlyList<RuleFinding>> RunAsync(CancellationToken cancellationToken = default)
    {
        var letters = await db.FsiLetters.AsNoTracking()
            .Include(l => l.GradesBefore).Include(l => l.Transitions)
            .OrderBy(l => l.PrintedName).ToListAsync(cancellationToken);
        var categories = await db.SchoolCategories.AsNoTracking().Include(c => c.Entitlements).Include(c => c.LocalAuthority)
            .OrderBy(c => c.LocalAuthority!.Name).ThenBy(c => c.Number).ToListAsync(cancellationToken);
        return letters.SelectMany(Check).Concat(categories.SelectMany(EntitlementRules.Check)).ToList();
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
