using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Fsi;

public sealed class FsiFindingConfiguration : IEntityTypeConfiguration<FsiFinding>
{
    public void Configure(EntityTypeBuilder<FsiFinding> builder) =>
        builder.HasOne(f => f.Heading).WithMany(h => h.Findings).OnDelete(DeleteBehavior.Restrict);
}
