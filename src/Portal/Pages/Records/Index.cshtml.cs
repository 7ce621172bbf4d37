using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Records;

public class IndexModel(RagDbContext db, EntityCatalog catalog, XmlDocumentation docs) : RecordPage(db, catalog)
{
    public sealed record Kind(EntityDescriptor Entity, string Title, string? Description, int Count);

    public List<IGrouping<string, Kind>> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var kinds = new List<Kind>();
        foreach (var entity in Catalog.Entities)
            kinds.Add(new Kind(entity, Labels.Humanize(entity.Name), docs.Type(entity.ClrType), await entity.CountAsync(entity.Query(Db), cancellationToken)));
        string[] order = ["Authorities", "Schools", "Sips", "Visits", "Standards", "Fsi", "Grades"];
        Areas = kinds.OrderBy(k => k.Title).GroupBy(k => RecordLabels.AreaOf(k.Entity))
            .OrderBy(g => Array.IndexOf(order, g.Key) is var i and >= 0 ? i : order.Length).ToList();
    }

    public static string AreaTitle(string area) => area switch { "Sips" => "SIPs", "Fsi" => "FSI letters", _ => area };
}
