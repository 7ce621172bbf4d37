using MapsterMapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Sips;
using Rag.Persistence;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Persistence.Infrastructure;
using Rag.Portal.Editing;

namespace Rag.Portal.Pages.Sips;

/// <summary>A SIP: accreditation, lapse date, deployments with their rule findings, and history.</summary>
public class DetailsModel(RagDbContext db, RecordEditor editor, EntityCatalog catalog, IMapper mapper, AuditQuery audit,
    IEditor me, TimeProvider clock) : PageModel
{
    public Sip Sip { get; private set; } = null!;
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public DateOnly? LapsesOn { get; private set; }
    public IReadOnlyList<RuleFinding> Accreditation { get; private set; } = [];
    public IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>> DeploymentFindings { get; private set; } = new Dictionary<int, IReadOnlyList<RuleFinding>>();
    public AuditPage History { get; private set; } = null!;
    public Sip? Theirs { get; private set; }
    public IReadOnlyList<ReferencingRecords> ReferencedBy { get; private set; } = [];
    /// <summary>SIPs are national records: an Editor or Admin changes them; an LA editor ends their LAs' deployments.</summary>
    public bool MayEdit => me.MayEdit && me.LocalAuthorities is null;
    public bool MayEnd(SipDeployment d) => me.MayEdit && (me.LocalAuthorities is null || d.School is { } s && me.LocalAuthorities.Contains(s.LocalAuthorityId));

    [BindProperty] public SipInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = SipInput.Of(Sip);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        ModelState.Clear();
        var result = await editor.UpdateAsync(catalog[typeof(Sip)], id, Input.Version, mapper.ChangesOf(Input, SipInput.Fields));
        return result.Succeeded ? Saved(id, "The SIP was saved.", result) : await Show(id, result);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        ModelState.Clear();
        var result = await editor.DeleteAsync(catalog[typeof(Sip)], id, Input.Version);
        if (!result.Succeeded) return await Show(id, result);
        TempData["Saved"] = $"{Input.Name} was deleted.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostEndDeploymentAsync(int id, int deploymentId, int version, DateOnly? endsOn)
    {
        ModelState.Clear();
        var result = await editor.UpdateAsync(catalog[typeof(SipDeployment)], deploymentId, version,
            new Dictionary<string, object?> { ["endsOn"] = endsOn ?? Today });
        return result.Succeeded ? Saved(id, "The allocation was ended.", result) : await Show(id, result);
    }

    IActionResult Saved(int id, string message, EditResult result)
    {
        TempData["Saved"] = message + (result.RuleFindings.Count > 0 ? " " + string.Join(" ", result.RuleFindings.Select(f => f.Message)) : "");
        return RedirectToPage(new { id });
    }

    async Task<IActionResult> Show(int id, EditResult result)
    {
        ModelState.AddErrors(result, "Input.");
        if (!await LoadAsync(id)) return NotFound();
        if (result.Theirs() is Sip theirs) { Theirs = theirs; Input.Version = theirs.Version; }
        ReferencedBy = result.ReferencedBy();
        if (result.Errors.Any(e => e is ForbiddenError)) Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        return Page();
    }

    async Task<bool> LoadAsync(int id)
    {
        var sip = await db.Sips.AsNoTracking().Include(s => s.Deployments).ThenInclude(d => d.School!).ThenInclude(s => s.LocalAuthority)
            .SingleOrDefaultAsync(s => s.Id == id);
        if (sip is null) return false;
        Sip = sip;
        LapsesOn = AccreditationRules.LapsesOn(sip);
        var today = Today;
        if (editor.CheckOf(catalog[typeof(Sip)]) is { } accreditation)
            Accreditation = (await accreditation.CheckAsync(db, [id], today, HttpContext.RequestAborted)).GetValueOrDefault(id) ?? [];
        if (sip.Deployments.Count > 0 && editor.CheckOf(catalog[typeof(SipDeployment)]) is { } deployments)
            DeploymentFindings = await deployments.CheckAsync(db, sip.Deployments.Select(d => d.Id).ToList(), today, HttpContext.RequestAborted);
        History = await audit.FindAsync(new AuditFilter(Entity: nameof(Domain.Sips.Sip), RecordId: id, PageSize: 100));
        return true;
    }
}
