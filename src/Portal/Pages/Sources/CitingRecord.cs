using Microsoft.EntityFrameworkCore;
using Rag.Persistence;
using Rag.Persistence.Sources;

namespace Rag.Portal.Pages.Sources;

/// <summary>A record citing a line, with the portal page that shows it: a letter's own page for a letter and its
/// findings, grades and transitions (at the row), the school and SIP pages, else the generic record page.</summary>
public sealed record CitingRecord(SourceCitation Citation, string Url)
{
    public static async Task<IReadOnlyList<CitingRecord>> LinkAsync(RagDbContext db, IReadOnlyList<SourceCitation> citations, CancellationToken cancellationToken)
    {
        List<int> Ids(string type) => citations.Where(c => c.EntityType == type).Select(c => c.Id).ToList();
        var (findings, counts, transitions) = (Ids("FsiFinding"), Ids("FsiGradeCount"), Ids("FsiGradeTransition"));
        var letters = (await db.FsiFindings.AsNoTracking().Where(f => findings.Contains(f.Id)).Select(f => new { f.Id, f.FsiLetterId }).ToListAsync(cancellationToken))
            .Select(r => (("FsiFinding", r.Id), r.FsiLetterId))
            .Concat((await db.FsiGradeCounts.AsNoTracking().Where(f => counts.Contains(f.Id)).Select(f => new { f.Id, f.FsiLetterId }).ToListAsync(cancellationToken))
                .Select(r => (("FsiGradeCount", r.Id), r.FsiLetterId)))
            .Concat((await db.FsiGradeTransitions.AsNoTracking().Where(f => transitions.Contains(f.Id)).Select(f => new { f.Id, f.FsiLetterId }).ToListAsync(cancellationToken))
                .Select(r => (("FsiGradeTransition", r.Id), r.FsiLetterId)))
            .ToDictionary(r => r.Item1, r => r.FsiLetterId);

        string Url(SourceCitation c) => c.EntityType switch
        {
            "FsiLetter" => $"/Letters/Details/{c.Id}",
            "FsiFinding" when letters.TryGetValue((c.EntityType, c.Id), out var letter) => $"/Letters/Details/{letter}#finding-{c.Id}",
            "FsiGradeCount" when letters.TryGetValue((c.EntityType, c.Id), out var letter) => $"/Letters/Details/{letter}#grade-count-{c.Id}",
            "FsiGradeTransition" when letters.TryGetValue((c.EntityType, c.Id), out var letter) => $"/Letters/Details/{letter}#transition-{c.Id}",
            "School" => $"/Schools/Details/{c.Id}",
            "Sip" => $"/Sips/Details/{c.Id}",
            _ => $"/Records/{c.EntityType}/{c.Id}",
        };
        return citations.Select(c => new CitingRecord(c, Url(c))).ToList();
    }
}
