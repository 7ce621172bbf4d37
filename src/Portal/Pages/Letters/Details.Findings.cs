using MapsterMapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;

namespace Rag.Portal.Pages.Letters;

/// <summary>The letter's findings: each edited or deleted in place; a new one added with the form below the list.</summary>
public partial class DetailsModel
{
    static readonly string[] FindingFields =
    [
        nameof(FindingInput.FsiHeadingId), nameof(FindingInput.Text), nameof(FindingInput.Rag), nameof(FindingInput.RagIsInferred),
        nameof(FindingInput.HeadingUncertain), nameof(FindingInput.AttributionUncertain), nameof(FindingInput.CuratorNote),
        nameof(FindingInput.SourceLines),
    ];

    public async Task<IActionResult> OnGetFindingAsync(int rowId) =>
        await FindingAsync(rowId) is { } finding ? Partial("_FindingCard", new RowView<FsiFinding>(Id, finding, CanEdit)) : NotFound();

    public async Task<IActionResult> OnGetEditFindingAsync(int rowId) =>
        await FindingAsync(rowId) is { } finding
            ? Partial("_FindingEdit", new FindingEdit(Id, mapper.Map<FindingInput>(finding), await HeadingsAsync()))
            : NotFound();

    public async Task<IActionResult> OnPostSaveFindingAsync([FromForm(Name = "Row")] FindingInput row)
    {
        if (Refused() is { } refused) return refused;
        if (!ModelState.IsValid) return Partial("_FindingEdit", new FindingEdit(Id, row, await HeadingsAsync()));
        var entity = catalog[typeof(FsiFinding)];
        var current = await db.FsiFindings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == row.Id && f.FsiLetterId == Id);
        // Only what the editor changed: setting the rating, even to the same colour, would confirm an inferred one.
        var changes = current is null ? mapper.ChangesOf(row, FindingFields) : Changed(entity, current, mapper.ChangesOf(row, FindingFields));
        if (current is { SourceDocument: null } && changes.ContainsKey("sourceLines")) changes["sourceDocument"] = SourceDocuments.FsiLetters;
        var result = await editor.UpdateAsync(entity, row.Id, row.Version, changes);
        if (result.Succeeded) return await OnGetFindingAsync(row.Id);
        ModelState.AddErrors(result, "Row.");
        var theirs = result.Theirs();
        if (theirs is FsiFinding stored) ModelState.SetModelValue("Row.Version", stored.Version, stored.Version.ToString());
        return Partial("_FindingEdit", new FindingEdit(Id, row, await HeadingsAsync(), theirs as FsiFinding));
    }

    /// <summary>Adds a finding the editor read in the letter: it is their judgement, so its rating is not inferred.</summary>
    public async Task<IActionResult> OnPostAddFindingAsync([FromForm(Name = "NewFinding")] FindingInput finding)
    {
        if (Refused() is { } refused) return refused;
        NewFinding = finding;
        if (ModelState.IsValid)
        {
            var changes = mapper.ChangesOf(finding, nameof(FindingInput.FsiHeadingId), nameof(FindingInput.Text), nameof(FindingInput.Rag),
                nameof(FindingInput.CuratorNote), nameof(FindingInput.SourceLines));
            changes["fsiLetterId"] = Id;
            changes["sourceDocument"] = SourceDocuments.FsiLetters;
            changes["ragIsInferred"] = false;
            changes["order"] = await db.FsiFindings.Where(f => f.FsiLetterId == Id).MaxAsync(f => (int?)f.Order) + 1 ?? 1;
            var result = await editor.CreateAsync(catalog[typeof(FsiFinding)], changes);
            if (result.Succeeded)
            {
                TempData["Saved"] = "The finding is added.";
                return Redirect($"/Letters/Details/{Id}#finding-{result.Record!.Id}");
            }
            ModelState.AddErrors(result, "NewFinding.");
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteFindingAsync(int rowId, int version)
    {
        if (Refused() is { } refused) return refused;
        var result = await editor.DeleteAsync(catalog[typeof(FsiFinding)], rowId, version);
        return await RowDeletedAsync(result, () => OnGetFindingAsync(rowId));
    }

    Task<FsiFinding?> FindingAsync(int id) =>
        db.FsiFindings.AsNoTracking().Include(f => f.Heading!).ThenInclude(h => h.Group).SingleOrDefaultAsync(f => f.Id == id && f.FsiLetterId == Id);

    /// <summary>The changes whose values differ from the stored record's.</summary>
    static Dictionary<string, object?> Changed(EntityDescriptor entity, object current, Dictionary<string, object?> changes) =>
        changes.Where(c => entity.Scalars.FirstOrDefault(s => s.FieldName == c.Key) is not { } column || !Equals(column.Read(current), c.Value))
            .ToDictionary(c => c.Key, c => c.Value);
}

/// <summary>A finding being edited, with the headings to choose from and their values after a conflict.</summary>
public sealed record FindingEdit(int LetterId, FindingInput Row, IReadOnlyList<FsiHeading> Headings, FsiFinding? Theirs = null);
