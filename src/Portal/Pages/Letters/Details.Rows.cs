using MapsterMapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Domain.Grades;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;

namespace Rag.Portal.Pages.Letters;

/// <summary>The before list and the transitions: each row edited, added and deleted in place (htmx swaps the row).</summary>
public partial class DetailsModel
{
    public async Task<IActionResult> OnGetGradeCountAsync(int rowId) =>
        await db.FsiGradeCounts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == rowId && c.FsiLetterId == Id) is { } row
            ? Partial("_GradeCountRow", new RowView<FsiGradeCount>(Id, row, CanEdit)) : NotFound();

    public async Task<IActionResult> OnGetEditGradeCountAsync(int rowId) =>
        await db.FsiGradeCounts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == rowId && c.FsiLetterId == Id) is { } row
            ? Partial("_GradeCountEdit", new RowEdit<GradeCountInput>(Id, mapper.Map<GradeCountInput>(row)))
            : NotFound();

    public async Task<IActionResult> OnGetNewGradeCountAsync() =>
        Partial("_GradeCountEdit", new RowEdit<GradeCountInput>(Id, new GradeCountInput { Of = await SchoolCountAsync() }));

    public async Task<IActionResult> OnPostSaveGradeCountAsync([FromForm(Name = "Row")] GradeCountInput row)
    {
        if (Refused() is { } refused) return refused;
        if (!ModelState.IsValid) return Partial("_GradeCountEdit", new RowEdit<GradeCountInput>(Id, row));
        var changes = mapper.ChangesOf(row, nameof(row.Count), nameof(row.Of), nameof(row.Grade));
        changes["label"] = row.Label;
        changes["gradeCodeId"] = await GradeCodeAsync(row.Grade);
        var entity = catalog[typeof(FsiGradeCount)];
        EditResult result;
        if (row.Id == 0)
        {
            changes["fsiLetterId"] = Id;
            changes["order"] = await db.FsiGradeCounts.Where(c => c.FsiLetterId == Id).MaxAsync(c => (int?)c.Order) + 1 ?? 1;
            result = await editor.CreateAsync(entity, changes);
        }
        else result = await editor.UpdateAsync(entity, row.Id, row.Version, changes);
        return RowSaved(result, "_GradeCountRow", "_GradeCountEdit", row, (FsiGradeCount saved) => new RowView<FsiGradeCount>(Id, saved, CanEdit));
    }

    public async Task<IActionResult> OnPostDeleteGradeCountAsync(int rowId, int version)
    {
        if (Refused() is { } refused) return refused;
        var result = await editor.DeleteAsync(catalog[typeof(FsiGradeCount)], rowId, version);
        return await RowDeletedAsync(result, () => OnGetGradeCountAsync(rowId));
    }

    public async Task<IActionResult> OnGetTransitionAsync(int rowId) =>
        await db.FsiGradeTransitions.AsNoTracking().SingleOrDefaultAsync(t => t.Id == rowId && t.FsiLetterId == Id) is { } row
            ? Partial("_TransitionRow", new RowView<FsiGradeTransition>(Id, row, CanEdit)) : NotFound();

    public async Task<IActionResult> OnGetEditTransitionAsync(int rowId) =>
        await db.FsiGradeTransitions.AsNoTracking().SingleOrDefaultAsync(t => t.Id == rowId && t.FsiLetterId == Id) is { } row
            ? Partial("_TransitionEdit", new RowEdit<TransitionInput>(Id, mapper.Map<TransitionInput>(row)))
            : NotFound();

    public async Task<IActionResult> OnGetNewTransitionAsync() =>
        Partial("_TransitionEdit", new RowEdit<TransitionInput>(Id, new TransitionInput { Of = await SchoolCountAsync() }));

    public async Task<IActionResult> OnPostSaveTransitionAsync([FromForm(Name = "Row")] TransitionInput row)
    {
        if (Refused() is { } refused) return refused;
        if (!ModelState.IsValid) return Partial("_TransitionEdit", new RowEdit<TransitionInput>(Id, row));
        var changes = mapper.ChangesOf(row, nameof(row.Count), nameof(row.Of), nameof(row.From), nameof(row.To));
        changes["label"] = row.Label;
        changes["fromGradeCodeId"] = await GradeCodeAsync(row.From);
        changes["toGradeCodeId"] = await GradeCodeAsync(row.To);
        var entity = catalog[typeof(FsiGradeTransition)];
        EditResult result;
        if (row.Id == 0)
        {
            changes["fsiLetterId"] = Id;
            changes["order"] = await db.FsiGradeTransitions.Where(t => t.FsiLetterId == Id).MaxAsync(t => (int?)t.Order) + 1 ?? 1;
            result = await editor.CreateAsync(entity, changes);
        }
        else result = await editor.UpdateAsync(entity, row.Id, row.Version, changes);
        return RowSaved(result, "_TransitionRow", "_TransitionEdit", row, (FsiGradeTransition saved) => new RowView<FsiGradeTransition>(Id, saved, CanEdit));
    }

    public async Task<IActionResult> OnPostDeleteTransitionAsync(int rowId, int version)
    {
        if (Refused() is { } refused) return refused;
        var result = await editor.DeleteAsync(catalog[typeof(FsiGradeTransition)], rowId, version);
        return await RowDeletedAsync(result, () => OnGetTransitionAsync(rowId));
    }

    /// <summary>The saved row in place, or the form again with the core's errors beside its fields, the editor's
    /// input kept and, on a conflict, the other person's values beside it (and their version, to save over).</summary>
    IActionResult RowSaved<TRecord, TInput>(EditResult result, string rowPartial, string editPartial, TInput input, Func<TRecord, object> view)
        where TInput : class
    {
        if (result.Succeeded)
        {
            LetterChanged();
            return Partial(rowPartial, view((TRecord)(object)result.Record!));
        }
        ModelState.AddErrors(result, "Row.");
        var theirs = result.Theirs();
        if (theirs is Rag.Domain.Common.Record current) ModelState.SetModelValue("Row.Version", current.Version, current.Version.ToString());
        return Partial(editPartial, new RowEdit<TInput>(Id, input, theirs));
    }

    /// <summary>Nothing in the row's place once deleted; otherwise the row again with why it stays.</summary>
    async Task<IActionResult> RowDeletedAsync(EditResult result, Func<Task<IActionResult>> row)
    {
        if (result.Succeeded)
        {
            LetterChanged();
            return Content("", "text/html");
        }
        ViewData["RowError"] = string.Join(" ", result.Errors.Select(e => e.Message));
        return result.Errors.OfType<NotFoundError>().Any() ? Content("", "text/html") : await row();
    }

    Task<int> SchoolCountAsync() => db.FsiLetters.Where(l => l.Id == Id).Select(l => l.SchoolCount).SingleAsync();

    /// <summary>The key's code for a printed grade, ignoring case and spacing as the import matches them.</summary>
    async Task<int?> GradeCodeAsync(string? printed) =>
        GradeLabel.Match(printed, await db.GradeCodes.AsNoTracking().ToListAsync())?.Id;
}

/// <summary>A row of a letter's list, shown (with edit and delete buttons for an editor).</summary>
public sealed record RowView<T>(int LetterId, T Row, bool CanEdit);

/// <summary>A row of a letter's list being edited or added (<c>Id</c> 0), with their values after a conflict.</summary>
public sealed record RowEdit<T>(int LetterId, T Row, object? Theirs = null);

/// <summary>A row's edit and delete buttons: <c>Kind</c> names the handlers (EditGradeCount, DeleteGradeCount).</summary>
public sealed record RowButtons(int LetterId, string Kind, int Id, int Version, string Name, string Container = "tr");
