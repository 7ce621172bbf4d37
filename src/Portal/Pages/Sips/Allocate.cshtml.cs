using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Sips;

/// <summary>Allocating a SIP to a school, as SIPmanager's "allocate a SIP" did: choose the school and the SIP by search,
/// see the deployment rules' findings for the choice before saving (htmx), save through the editing core.</summary>
[Authorize(Policy = PortalPolicies.Editor)]
public class AllocateModel(RagDbContext db, RecordEditor editor, EntityCatalog catalog, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? SchoolId { get; set; }
    [BindProperty(SupportsGet = true)] public int? SipId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? StartsOn { get; set; }
    [BindProperty(SupportsGet = true)] public double? DaysPerYear { get; set; } = DeploymentRules.RecommendedDaysPerYear;
    [BindProperty(SupportsGet = true)] public string? SchoolQ { get; set; }
    [BindProperty(SupportsGet = true)] public string? SipQ { get; set; }

    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public List<School> Schools { get; private set; } = [];
    public List<SipChoice> Sips { get; private set; } = [];
    public School? School { get; private set; }
    public AllocationPreview Preview { get; private set; } = AllocationPreview.Empty;

    public sealed record SipChoice(Sip Sip, bool CoversPhase, int Load, DateOnly? LapsesOn);

    public sealed record AllocationPreview(School? School, Sip? Sip, IReadOnlyList<RuleFinding> Findings, IReadOnlyList<SipDeployment> Open)
    {
        public static readonly AllocationPreview Empty = new(null, null, [], []);
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetSchoolsAsync() { await LoadAsync(); return Partial("_AllocateSchools", this); }

    public async Task<IActionResult> OnGetSipsAsync() { await LoadAsync(); return Partial("_AllocateSips", this); }

    public async Task<IActionResult> OnGetPreviewAsync() { await LoadAsync(); return Partial("_AllocationPreview", this); }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var result = await editor.CreateAsync(catalog[typeof(SipDeployment)], new Dictionary<string, object?>
        {
            ["schoolId"] = SchoolId, ["sipId"] = SipId, ["startsOn"] = StartsOn, ["daysPerYear"] = DaysPerYear,
        });
        if (result.Succeeded)
        {
            TempData["Saved"] = "The SIP was allocated." + string.Concat(result.RuleFindings.Select(f => $" {f.Message} ({Rules.RuleSource.Describe(f.Source)})"));
            return Redirect($"/Schools/Details/{SchoolId}");
        }
        ModelState.AddErrors(result);
        if (result.Errors.Any(e => e is ForbiddenError)) Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        await LoadAsync();
        return Page();
    }

    /// <summary>Ends one of the chosen school's open allocations.</summary>
    public async Task<IActionResult> OnPostEndAsync(int deploymentId, int version, DateOnly? endsOn)
    {
        ModelState.Clear();
        var result = await editor.UpdateAsync(catalog[typeof(SipDeployment)], deploymentId, version,
            new Dictionary<string, object?> { ["endsOn"] = endsOn ?? Today });
        if (result.Succeeded)
        {
            TempData["Saved"] = "The allocation was ended.";
            return Redirect($"/Sips/Allocate?schoolId={SchoolId}");
        }
        ModelState.AddErrors(result);
        if (result.Errors.Any(e => e is ForbiddenError)) Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync()
    {
        StartsOn ??= Today;
        School = SchoolId is int schoolId
            ? await db.Schools.AsNoTracking().Include(s => s.LocalAuthority).SingleOrDefaultAsync(s => s.Id == schoolId) : null;

        var schools = db.Schools.AsNoTracking().Include(s => s.LocalAuthority).AsQueryable();
        if (!string.IsNullOrWhiteSpace(SchoolQ))
        {
            var q = SchoolQ.Trim();
            schools = int.TryParse(q, out var urn) ? schools.Where(s => s.Urn == urn || s.Name.Contains(q)) : schools.Where(s => s.Name.Contains(q));
            Schools = await schools.OrderBy(s => s.Name).Take(10).ToListAsync();
        }
        if (School is not null && Schools.All(s => s.Id != School.Id)) Schools.Insert(0, School);

        var sips = db.Sips.AsNoTracking().Include(s => s.Deployments).AsQueryable();
        if (!string.IsNullOrWhiteSpace(SipQ)) sips = sips.Where(s => s.Name.Contains(SipQ.Trim()));
        var found = await sips.OrderBy(s => s.Status).ThenBy(s => s.Name).Take(10).ToListAsync();
        if (SipId is int sipId && found.All(s => s.Id != sipId) && await db.Sips.AsNoTracking().Include(s => s.Deployments).SingleOrDefaultAsync(s => s.Id == sipId) is { } chosen)
            found.Insert(0, chosen);
        Sips = found.Select(s => new SipChoice(s, School is null || SectorRules.Covers(s.Sectors, School.Phase),
            s.Deployments.Count(d => d.StartsOn <= Today && (d.EndsOn == null || d.EndsOn >= Today)), AccreditationRules.LapsesOn(s))).ToList();

        Preview = await PreviewAsync();
    }

    /// <summary>The deployment as it would be saved, checked by the domain's deployment rules without saving it.</summary>
    async Task<AllocationPreview> PreviewAsync()
    {
        var sip = Sips.FirstOrDefault(s => s.Sip.Id == SipId)?.Sip;
        var open = School is null ? [] : await db.SipDeployments.AsNoTracking().Include(d => d.Sip)
            .Where(d => d.SchoolId == School.Id && d.EndsOn == null).ToListAsync();
        if (School is null || sip is null) return new AllocationPreview(School, sip, [], open);
        var deployment = new SipDeployment { School = School, Sip = sip, StartsOn = StartsOn ?? Today, DaysPerYear = DaysPerYear };
        return new AllocationPreview(School, sip, deployment.Check(Today), open);
    }
}
