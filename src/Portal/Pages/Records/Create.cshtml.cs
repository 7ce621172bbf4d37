using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Navigation;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Records;

public class CreateModel(RagDbContext db, EntityCatalog catalog, XmlDocumentation docs, RecordEditor editor) : RecordFormPage(db, catalog, docs, editor)
{
    public async Task<IActionResult> OnGetAsync(string entity, CancellationToken cancellationToken)
    {
        if (!Resolve(entity)) return NotFound();
        StartForm();
        Form.Fill(Request.Query);
        await LabelReferencesAsync(cancellationToken);
        Crumbs(new Crumb(Title, ListUrl));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string entity, CancellationToken cancellationToken)
    {
        if (!Resolve(entity)) return NotFound();
        StartForm();
        Form.Fill(Request.Form);
        var result = await Editor.CreateAsync(Entity, Form.Changes(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Saved"] = Saved(result, $"{Title} {result.Record!.Id} created.");
            return Redirect($"{ListUrl}/{result.Record.Id}");
        }
        await ShowRefusalAsync(result, cancellationToken);
        Crumbs(new Crumb(Title, ListUrl));
        return Page();
    }
}
