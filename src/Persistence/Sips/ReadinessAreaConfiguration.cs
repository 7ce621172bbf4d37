using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class ReadinessAreaConfiguration : IEntityTypeConfiguration<ReadinessArea>
{
    public void Configure(EntityTypeBuilder<ReadinessArea> builder) => builder.HasIndex(a => a.Name).IsUnique();
}
