using Microsoft.AspNetCore.Mvc;
using Rag.Domain.Common;
using Rag.Persistence;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Navigation;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Records;

/// <summary>One record: every field with its help, references as links, the records that refer to it as counts
/// linking to their filtered lists, what the rules find, where it came from, and its history.</summary>
public class DetailsModel(RagDbContext db, EntityCatalog catalog, XmlDocumentation docs, RecordEditor editor, AuditQuery audit, TimeProvider clock)
    : RecordPage(db, catalog)
{
    public sealed record Field(string Label, string? Help, string Text, string? Link);
    public sealed record Children(string Label, int Count, string Link, string? NewLink);

    public Record Record { get; private set; } = null!;
    public string RecordLabel { get; private set; } = "";
    public string? Description => docs.Type(Entity.ClrType);
    public List<Field> Fields { get; } = [];
    public List<Children> Related { get; } = [];
    public IReadOnlyList<RuleFinding> Findings { get; private set; } = [];
    public AuditPage History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string entity, int id, [FromQuery(Name = "historyPage")] int historyPage, CancellationToken cancellationToken)
    {
        if (!Resolve(entity) || await LoadAsync(id, cancellationToken) is not { } record) return NotFound();
        Record = record;
        RecordLabel = RecordLabels.Of(Entity, record);
        foreach (var member in RecordColumn.InOrder(Entity))
        {
            var help = docs.Member((System.Reflection.MemberInfo?)member.Reference?.Navigation ?? member.Scalar.Property);
            var value = member.Scalar.Read(record);
            Fields.Add(member.Reference is { } reference && value is int target
                ? new Field(member.Label, help, await LabelAsync(reference.Target, target, cancellationToken), $"/Records/{reference.Target.Name}/{target}")
                : new Field(member.Label, help, RecordText.Show(value), null));
        }
        foreach (var collection in Entity.Collections)
        {
            var child = collection.Target;
            var count = await child.CountAsync(RecordListQuery.ReferringTo(child, child.Query(Db), collection.InverseForeignKey, id), cancellationToken);
            var key = CatalogNames.Field(collection.InverseForeignKey.Name);
            Related.Add(new Children(Labels.Humanize(collection.Navigation.Name), count, $"/Records/{child.Name}?{key}={id}",
                child.Declaration.Editable ? $"/Records/{child.Name}/New?{key}={id}" : null));
        }
        if (editor.CheckOf(Entity) is { } check)
        {
            var found = await check.CheckAsync(Db, [id], DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
            Findings = found.GetValueOrDefault(id) ?? [];
        }
        History = await audit.FindAsync(new AuditFilter(Entity: Entity.Name, RecordId: id, Page: Math.Max(1, historyPage), PageSize: 25), cancellationToken);
        Crumbs(new Crumb(Title, ListUrl));
        return Page();
    }
}
