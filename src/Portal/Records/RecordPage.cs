using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Domain.Common;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Portal.Navigation;

namespace Rag.Portal.Records;

/// <summary>What every generic record page shares: the entity named by the route (<c>/Records/School/...</c>), found
/// in the catalog, and the reading of one record and of reference labels.</summary>
public abstract class RecordPage(RagDbContext db, EntityCatalog catalog) : PageModel
{
    protected RagDbContext Db => db;
    protected EntityCatalog Catalog => catalog;

    public EntityDescriptor Entity { get; private set; } = null!;
    public string Title => Labels.Humanize(Entity.Name);
    public string ListUrl => $"/Records/{Entity.Name}";

    /// <summary>Finds the route's entity; false for a name the catalog does not hold.</summary>
    protected bool Resolve(string entity)
    {
        if (catalog.Entities.FirstOrDefault(e => string.Equals(e.Name, entity, StringComparison.OrdinalIgnoreCase)) is not { } found) return false;
        Entity = found;
        return true;
    }

    protected async Task<Record?> LoadAsync(int id, CancellationToken cancellationToken) =>
        (await Entity.ToListAsync(RecordListQuery.ReferringTo(Entity, Entity.Query(db), typeof(Record).GetProperty(nameof(Record.Id))!, id), cancellationToken))
        .Cast<Record>().SingleOrDefault();

    /// <summary>The label of the record a reference points at, read on its own (a page has few references).</summary>
    protected async Task<string> LabelAsync(EntityDescriptor target, int id, CancellationToken cancellationToken)
    {
        var rows = await target.ToListAsync(RecordListQuery.ReferringTo(target, target.Query(db), typeof(Record).GetProperty(nameof(Record.Id))!, id), cancellationToken);
        return rows.FirstOrDefault() is Record record ? RecordLabels.Of(target, record) : $"{Labels.Humanize(target.Name)} {id} (missing)";
    }

    protected void Crumbs(params Crumb[] more) => ViewData.SetCrumbs([new Crumb("All records", "/Records"), .. more]);
}
