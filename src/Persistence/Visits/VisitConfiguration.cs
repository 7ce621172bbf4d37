using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Visits;

namespace Rag.Persistence.Visits;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.HasOne(v => v.Sip).WithMany(s => s.Visits).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.School).WithMany(s => s.Visits).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.ImprovementStage).WithMany(s => s.Visits).OnDelete(DeleteBehavior.SetNull);
    }
}
