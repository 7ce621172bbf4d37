using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Standards;

namespace Rag.Persistence.Standards;

public sealed class QualityStandardConfiguration : IEntityTypeConfiguration<QualityStandard>
{
    public void Configure(EntityTypeBuilder<QualityStandard> builder)
    {
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasOne(s => s.Set).WithMany(s => s.Standards).OnDelete(DeleteBehavior.Restrict);
    }
}
