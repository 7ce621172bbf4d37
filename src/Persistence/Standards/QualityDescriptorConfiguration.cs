using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Standards;

namespace Rag.Persistence.Standards;

public sealed class QualityDescriptorConfiguration : IEntityTypeConfiguration<QualityDescriptor>
{
    public void Configure(EntityTypeBuilder<QualityDescriptor> builder) =>
        builder.HasOne(d => d.Level).WithMany(l => l.Descriptors).OnDelete(DeleteBehavior.Restrict);
}
