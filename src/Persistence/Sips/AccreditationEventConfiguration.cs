using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class AccreditationEventConfiguration : IEntityTypeConfiguration<AccreditationEvent>
{
    public void Configure(EntityTypeBuilder<AccreditationEvent> builder)
    {
        builder.HasIndex(e => new { e.SipId, e.OccurredOn });
        builder.HasOne(e => e.Sip).WithMany(s => s.AccreditationEvents).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.RemovalCriterion).WithMany(c => c.Events).OnDelete(DeleteBehavior.Restrict);
    }
}
