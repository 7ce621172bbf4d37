using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rag.Persistence.Auditing;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.User).HasMaxLength(256);
        builder.Property(e => e.Face).HasMaxLength(16);
        builder.Property(e => e.Entity).HasMaxLength(64);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        // Stored as one JSON text column: the trail is read per record or per page, never queried by field.
        builder.Property(e => e.Changes).HasConversion(
                changes => JsonSerializer.Serialize(changes, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, JsonSerializerOptions.Default) ?? new List<FieldChange>())
            .Metadata.SetValueComparer(new ValueComparer<List<FieldChange>>(
                (a, b) => a!.SequenceEqual(b!), c => c.Aggregate(0, (h, f) => HashCode.Combine(h, f)), c => c.ToList()));
        builder.HasIndex(e => new { e.Entity, e.RecordId });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.User);
    }
}
