using MapsterMapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Persistence;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Persistence.Infrastructure;
using Rag.Portal.Editing;

namespace Rag.Portal.Pages.Schools;

/// <summary>A school with its inspections, category history, SIP, visits against entitlement, rule findings and history.
/// Each form posts to its own handler, which calls the editing core and shows the school again with the outcome.</summary>
public class DetailsModel(RagDbContext db, RecordEditor editor, EntityCatalog catalog, IMapper mapper, AuditQuery audit,
    IEditor me, TimeProvider clock) : PageModel
{
    public School School { get; private set; } = null!;
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public List<SelectListItem> LocalAuthorities { get; private set; } = [];
    public List<SelectListItem> Grades { get; private set; } = [];
    public List<SelectListItem> Categories { get; private set; } = [];
    public List<SipDeployment> CurrentDeployments { get; private set; } = [];
    public SchoolCategorisation? Current { get; private set; }
    public VisitEntitlement? Entitlement { get; private set; }
    public double HalfDaysThisYear { get; private set; }
    public List<(string Record, RuleFinding Finding)> Findings { get; private set; } = [];
    public AuditPage History { get; private set; } = null!;
    public School? Theirs { get; private set; }
    public IReadOnlyList<ReferencingRecords> ReferencedBy { get; private set; } = [];
    /// <summary>Whether the signed-in person may change this school (an editor, or an LA editor of its LA); the core decides on save.</summary>
    public bool MayEdit { get; private set; }

    [BindProperty] public SchoolInput Input { get; set; } = new();
    [BindProperty] public InspectionInput Inspection { get; set; } = new();
    [BindProperty] public CategorisationInput Categorisation { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = new SchoolInput { Version = School.Version, Name = School.Name, LocalAuthorityId = School.LocalAuthorityId, Phase = School.Phase, Urn = School.Urn };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id) =>
        Edit(id, editor.UpdateAsync(Entity<School>(), id, Input.Version, mapper.ChangesOf(Input, SchoolInput.Fields)), "Input.", "The school was saved.");

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        ModelState.Clear();
        var result = await editor.DeleteAsync(Entity<School>(), id, Input.Version);
        if (result.Succeeded)
        {
            TempData["Saved"] = $"{Input.Name} was deleted.";
            return RedirectToPage("Index");
        }
        return await Show(id, result, "Input.");
    }

    public Task<IActionResult> OnPostAddInspectionAsync(int id)
    {
        Inspection.SchoolId = id;
        return Edit(id, editor.CreateAsync(Entity<Inspection>(), mapper.ChangesOf(Inspection, InspectionInput.Fields)), "Inspection.", "The inspection was recorded.");
    }

    public Task<IActionResult> OnPostUpdateInspectionAsync(int id, int inspectionId, int version, DateOnly? inspectedOn, int? gradeCodeId) =>
        Edit(id, editor.UpdateAsync(Entity<Inspection>(), inspectionId, version,
            new Dictionary<string, object?> { ["inspectedOn"] = inspectedOn, ["gradeCodeId"] = gradeCodeId }), "", "The inspection was saved.");

    public Task<IActionResult> OnPostDeleteInspectionAsync(int id, int inspectionId, int version) =>
        Edit(id, editor.DeleteAsync(Entity<Inspection>(), inspectionId, version), "", "The inspection was deleted.");

    /// <summary>Puts the school in a category from a date, ending its current category the day before: one change,
    /// so a refused new category leaves the current one as it was.</summary>
    public async Task<IActionResult> OnPostCategoriseAsync(int id)
    {
        ModelState.Clear();
        Categorisation.SchoolId = id;
        var current = await db.SchoolCategorisations.AsNoTracking().Where(c => c.SchoolId == id && c.EndsOn == null).ToListAsync();
        return await Edit(id, editor.TogetherAsync(async () =>
        {
            foreach (var open in current.Where(c => Categorisation.StartsOn is { } start && c.StartsOn < start))
            {
                var ended = await editor.UpdateAsync(Entity<SchoolCategorisation>(), open.Id, open.Version,
                    new Dictionary<string, object?> { ["endsOn"] = Categorisation.StartsOn!.Value.AddDays(-1) });
                if (!ended.Succeeded) return ended;
            }
            return await editor.CreateAsync(Entity<SchoolCategorisation>(), mapper.ChangesOf(Categorisation, CategorisationInput.Fields));
        }), "Categorisation.", "The school's category was set.");
    }

    public Task<IActionResult> OnPostEndCategorisationAsync(int id, int categorisationId, int version, DateOnly? endsOn) =>
        Edit(id, editor.UpdateAsync(Entity<SchoolCategorisation>(), categorisationId, version,
            new Dictionary<string, object?> { ["endsOn"] = endsOn ?? Today }), "", "The category was ended.");

    EntityDescriptor Entity<T>() => catalog[typeof(T)];

    async Task<IActionResult> Edit(int id, Task<EditResult> edit, string prefix, string saved)
    {
        ModelState.Clear();
        var result = await edit;
        if (result.Succeeded)
        {
            TempData["Saved"] = saved + (result.RuleFindings.Count > 0 ? " " + string.Join(" ", result.RuleFindings.Select(f => f.Message)) : "");
            return RedirectToPage(new { id });
        }
        return await Show(id, result, prefix);
    }

    /// <summary>The school again, with the core's refusal beside the fields and the editor's input kept.</summary>
    async Task<IActionResult> Show(int id, EditResult result, string prefix)
    {
        ModelState.AddErrors(result, prefix);
        if (!await LoadAsync(id)) return NotFound();
        if (result.Theirs() is School theirs)
        {
            Theirs = theirs;
            Input.Version = theirs.Version; // saving again means "mine, having seen theirs"
        }
        if (result.ReferencedBy() is { Count: > 0 } referenced) ReferencedBy = referenced;
        if (result.Errors.Any(e => e is ForbiddenError)) Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        return Page();
    }

    async Task<bool> LoadAsync(int id)
    {
        var school = await db.Schools.AsNoTracking().AsSplitQuery()
            .Include(s => s.LocalAuthority)
            .Include(s => s.Inspections).ThenInclude(i => i.GradeCode)
            .Include(s => s.Categorisations).ThenInclude(c => c.SchoolCategory!).ThenInclude(c => c.Entitlements)
            .Include(s => s.SipDeployments).ThenInclude(d => d.Sip)
            .Include(s => s.Visits.Where(v => v.VisitedOn >= VisitEntitlementRules.YearStart(Today))).ThenInclude(v => v.Sip)
            .SingleOrDefaultAsync(s => s.Id == id);
        if (school is null) return false;
        School = school;
        MayEdit = me.MayEdit && (me.LocalAuthorities is null || me.LocalAuthorities.Contains(school.LocalAuthorityId));
        Current = VisitEntitlementRules.CurrentCategorisation(school, Today);
        Entitlement = Current?.SchoolCategory is { } category ? VisitEntitlementRules.Measure(category.Entitlements) : null;
        HalfDaysThisYear = VisitEntitlementRules.HalfDaysThisYear(school.Visits, Today);
        CurrentDeployments = school.SipDeployments.Where(d => d.StartsOn <= Today && (d.EndsOn is null || d.EndsOn >= Today)).ToList();

        await AddFindingsAsync<School>([id], _ => "School");
        await AddFindingsAsync<SchoolCategorisation>(school.Categorisations.Select(c => c.Id).ToList(),
            cid => $"Category {school.Categorisations.Single(c => c.Id == cid).SchoolCategory?.Number} from {school.Categorisations.Single(c => c.Id == cid).StartsOn:d MMM yyyy}");
        await AddFindingsAsync<SipDeployment>(school.SipDeployments.Select(d => d.Id).ToList(),
            did => $"Deployment of {school.SipDeployments.Single(d => d.Id == did).Sip?.Name}");

        History = await audit.FindAsync(new AuditFilter(Entity: nameof(Domain.Schools.School), RecordId: id, PageSize: 100));
        LocalAuthorities = await SchoolChoices.LocalAuthoritiesAsync(db, User);
        if (LocalAuthorities.All(l => l.Value != school.LocalAuthorityId.ToString()))
            LocalAuthorities.Insert(0, new SelectListItem(school.LocalAuthority!.Name, school.LocalAuthorityId.ToString()));
        Grades = await db.GradeCodes.AsNoTracking().Where(g => !g.IsComposite).OrderBy(g => g.Rank ?? 99).ThenBy(g => g.Code)
            .Select(g => new SelectListItem(g.Code + " – " + g.Meaning, g.Id.ToString())).ToListAsync();
        Categories = await db.SchoolCategories.AsNoTracking().Where(c => c.LocalAuthorityId == school.LocalAuthorityId).OrderBy(c => c.Number)
            .Select(c => new SelectListItem(c.Number + ": " + c.Name, c.Id.ToString())).ToListAsync();
        return true;
    }

    async Task AddFindingsAsync<T>(IReadOnlyCollection<int> ids, Func<int, string> describe)
    {
        if (ids.Count == 0 || editor.CheckOf(Entity<T>()) is not { } check) return;
        foreach (var (rid, found) in await check.CheckAsync(db, ids, Today, HttpContext.RequestAborted))
            Findings.AddRange(found.Select(f => (describe(rid), f)));
    }
}
