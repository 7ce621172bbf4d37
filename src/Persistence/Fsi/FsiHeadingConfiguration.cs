using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Fsi;

public sealed class FsiHeadingConfiguration : IEntityTypeConfiguration<FsiHeading>
{
    public void Configure(EntityTypeBuilder<FsiHeading> builder)
    {
        builder.HasIndex(h => h.Name).IsUnique();
        builder.HasOne(h => h.Group).WithMany(g => g.Headings).OnDelete(DeleteBehavior.Restrict);
    }
}
