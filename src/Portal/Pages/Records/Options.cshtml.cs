using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Records;

/// <summary>A picker's options: <c>GET /Records/Options?entity=School&amp;q=leeds</c> answers up to 50 <c>[{id, label}]</c>, searched in SQL.</summary>
public class OptionsModel(RagDbContext db, EntityCatalog catalog) : RecordPage(db, catalog)
{
    public async Task<IActionResult> OnGetAsync(string? entity, string? q, CancellationToken cancellationToken)
    {
        if (entity is null || !Resolve(entity)) return NotFound();
        var options = await RecordListQuery.OptionsAsync(Entity, Entity.Query(Db), q, cancellationToken);
        return new JsonResult(options.Select(o => new { id = o.Id, label = o.Label }));
    }
}
