using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rag.Domain.Common;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;
using Rag.Portal.Navigation;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Records;

/// <summary>Deleting one record, after a confirmation; when others depend on it, what they are, with links.</summary>
[Authorize(Policy = PortalPolicies.Editor)]
public class DeleteModel(RagDbContext db, EntityCatalog catalog, RecordEditor editor) : RecordPage(db, catalog)
{
    public sealed record Dependants(string Label, int Count, string ListLink, IReadOnlyList<(int Id, string Link)> First);

    public Record Record { get; private set; } = null!;
    public string RecordLabel { get; private set; } = "";
    public List<Dependants> DependedOnBy { get; } = [];

    public async Task<IActionResult> OnGetAsync(string entity, int id, CancellationToken cancellationToken) =>
        Resolve(entity) && await ShowAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string entity, int id, int version, CancellationToken cancellationToken)
    {
        if (!Resolve(entity)) return NotFound();
        var result = await editor.DeleteAsync(Entity, id, version, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Saved"] = $"{Title} {id} deleted.";
            return Redirect(ListUrl);
        }
        ModelState.AddErrors(result);
        foreach (var referencing in result.ReferencedBy())
        {
            var key = Entity.Collections.FirstOrDefault(c => c.FieldName == referencing.Field) is { } collection
                ? CatalogNames.Field(collection.InverseForeignKey.Name) : null;
            DependedOnBy.Add(new Dependants(Labels.Humanize(referencing.Entity), referencing.Count,
                key is null ? $"/Records/{referencing.Entity}" : $"/Records/{referencing.Entity}?{key}={id}",
                referencing.Ids.Select(i => (i, $"/Records/{referencing.Entity}/{i}")).ToList()));
        }
        return await ShowAsync(id, cancellationToken) ? Page() : Redirect(ListUrl);
    }

    async Task<bool> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } record) return false;
        Record = record;
        RecordLabel = RecordLabels.Of(Entity, record);
        Crumbs(new Crumb(Title, ListUrl), new Crumb(RecordLabel, $"{ListUrl}/{id}"));
        return true;
    }
}
