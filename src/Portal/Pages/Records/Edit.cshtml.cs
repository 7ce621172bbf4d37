using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Navigation;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Records;

public class EditModel(RagDbContext db, EntityCatalog catalog, XmlDocumentation docs, RecordEditor editor) : RecordFormPage(db, catalog, docs, editor)
{
    public int Id { get; private set; }
    public string RecordLabel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string entity, int id, CancellationToken cancellationToken)
    {
        if (!Resolve(entity) || await LoadAsync(id, cancellationToken) is not { } record) return NotFound();
        StartForm();
        Form.Fill(record);
        await LabelReferencesAsync(cancellationToken);
        Describe(id, RecordLabels.Of(Entity, record));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string entity, int id, CancellationToken cancellationToken)
    {
        if (!Resolve(entity)) return NotFound();
        StartForm();
        Form.Fill(Request.Form);
        var result = await Editor.UpdateAsync(Entity, id, Form.Version, Form.Changes(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Saved"] = Saved(result, $"{Title} {id} saved.");
            return Redirect($"{ListUrl}/{id}");
        }
        await ShowRefusalAsync(result, cancellationToken);
        Describe(id, await LoadAsync(id, cancellationToken) is { } stored ? RecordLabels.Of(Entity, stored) : $"{Title} {id}");
        return Page();
    }

    void Describe(int id, string label)
    {
        Id = id;
        RecordLabel = label;
        Crumbs(new Crumb(Title, ListUrl), new Crumb(label, $"{ListUrl}/{id}"));
    }
}
