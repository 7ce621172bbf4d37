using Microsoft.EntityFrameworkCore;
using Rag.Persistence;

namespace Rag.Portal.Pages.Analysis;

public sealed record Option(int Id, string Name, string? Group = null);

/// <summary>The choices the analysis filters offer: regions, the LAs that had a letter, heading groups and headings.</summary>
public sealed record AnalysisOptions(IReadOnlyList<Option> Regions, IReadOnlyList<Option> LocalAuthorities, IReadOnlyList<Option> AllLocalAuthorities,
    IReadOnlyList<Option> Groups, IReadOnlyList<Option> Headings)
{
    public static async Task<AnalysisOptions> LoadAsync(RagDbContext db, CancellationToken cancellationToken = default) => new(
        await db.Regions.OrderBy(r => r.Order).Select(r => new Option(r.Id, r.Name, null)).ToListAsync(cancellationToken),
        await db.LocalAuthorities.Where(la => la.FsiLetters.Any()).OrderBy(la => la.Name).Select(la => new Option(la.Id, la.Name, null)).ToListAsync(cancellationToken),
        await db.LocalAuthorities.OrderBy(la => la.Name).Select(la => new Option(la.Id, la.Name, la.Region!.Name)).ToListAsync(cancellationToken),
        await db.FsiHeadingGroups.OrderBy(g => g.Order).Select(g => new Option(g.Id, g.Name, null)).ToListAsync(cancellationToken),
        await db.FsiHeadings.OrderBy(h => h.Order).Select(h => new Option(h.Id, h.Name, h.Group!.Name)).ToListAsync(cancellationToken));
}
