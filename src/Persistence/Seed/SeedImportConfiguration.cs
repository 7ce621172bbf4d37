using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rag.Persistence.Seed;

public sealed class SeedImportConfiguration : IEntityTypeConfiguration<SeedImport>
{
    public void Configure(EntityTypeBuilder<SeedImport> builder) => builder.HasIndex(i => i.Dataset).IsUnique();
}
