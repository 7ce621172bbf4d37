using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Persistence;

namespace Rag.Portal.Pages.Letters;

public class IndexModel(RagDbContext db, LetterChecks checks) : PageModel
{
    /// <summary>The columns the list sorts by, in the URL as <c>?sort=</c>.</summary>
    public static readonly IReadOnlyDictionary<string, Func<LetterRow, IComparable>> Columns = new Dictionary<string, Func<LetterRow, IComparable>>
    {
        ["la"] = l => l.LocalAuthority, ["region"] = l => l.Region, ["date"] = l => l.Date, ["schools"] = l => l.Schools,
        ["red"] = l => l.Red, ["amber"] = l => l.Amber, ["green"] = l => l.Green, ["findings"] = l => l.Findings, ["flags"] = l => l.Flags,
    };

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "date";
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }

    public IReadOnlyList<LetterRow> Letters { get; private set; } = [];

    public sealed record LetterRow(int Id, string LocalAuthority, string PrintedName, string Region, DateOnly Date, int Schools,
        int Findings, int Red, int Amber, int Green, int Flags);

    public async Task OnGetAsync()
    {
        var letters = await db.FsiLetters.AsNoTracking().Select(l => new
        {
            l.Id, LocalAuthority = l.LocalAuthority!.Name, l.PrintedName, Region = l.LocalAuthority.Region!.Name, l.LetterDate, l.SchoolCount,
            Findings = l.Findings.Count,
            Red = l.Findings.Count(f => f.Rag == RagRating.Red),
            Amber = l.Findings.Count(f => f.Rag == RagRating.Amber),
            Green = l.Findings.Count(f => f.Rag == RagRating.Green),
        }).ToListAsync();
        var flags = await checks.OfAsync(letters.Select(l => l.Id).ToList());
        var rows = letters.Select(l => new LetterRow(l.Id, l.LocalAuthority, l.PrintedName, l.Region, l.LetterDate, l.SchoolCount,
            l.Findings, l.Red, l.Amber, l.Green, flags.GetValueOrDefault(l.Id)?.Count ?? 0));
        if (!Columns.TryGetValue(Sort, out var key)) (Sort, key) = ("date", Columns["date"]);
        Letters = (Desc ? rows.OrderByDescending(key) : rows.OrderBy(key)).ThenBy(l => l.LocalAuthority).ToList();
    }

    /// <summary>The link a column header sorts by: the other direction when it is already the sort.</summary>
    public string SortLink(string column) => $"?sort={column}" + (Sort == column && !Desc ? "&desc=true" : "");

    public string? AriaSort(string column) => Sort != column ? null : Desc ? "descending" : "ascending";
}
