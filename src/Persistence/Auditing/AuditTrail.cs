using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rag.Domain.Common;
using Rag.Persistence.Catalog;
using Rag.Persistence.Infrastructure;

namespace Rag.Persistence.Auditing;

/// <summary>Writes and reads the audit trail. The editing core adds an entry for every change it saves, so edits
/// through GraphQL and through the portal are audited alike.</summary>
public sealed class AuditTrail(IEditor editor, TimeProvider clock)
{
    // Bookkeeping the stamping interceptor writes on every save; the entry itself says who and when.
    static readonly HashSet<string> Bookkeeping =
        [nameof(Record.Version), nameof(Record.CreatedAt), nameof(Record.CreatedBy), nameof(Record.UpdatedAt), nameof(Record.UpdatedBy)];

    /// <summary>The fields a pending save changes, read before it is saved.</summary>
    public List<FieldChange> Changes(EntityEntry entry, AuditAction action) =>
        entry.Properties
            .Where(p => !p.Metadata.IsPrimaryKey() && !Bookkeeping.Contains(p.Metadata.Name))
            .Select(p => action switch
            {
                AuditAction.Created => new FieldChange(CatalogNames.Field(p.Metadata.Name), null, Text(p.CurrentValue)),
                AuditAction.Deleted => new FieldChange(CatalogNames.Field(p.Metadata.Name), Text(p.OriginalValue), null),
                _ => new FieldChange(CatalogNames.Field(p.Metadata.Name), Text(p.OriginalValue), Text(p.CurrentValue)),
            })
            .Where(c => c.Old != c.New)
            .ToList();

    public void Add(RagDbContext db, EntityDescriptor entity, int recordId, AuditAction action, List<FieldChange> changes) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, User = editor.Name, Face = editor.Face,
            Entity = entity.Name, RecordId = recordId, Action = action, Changes = changes,
        });

    static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
        _ => value.ToString(),
    };
}
