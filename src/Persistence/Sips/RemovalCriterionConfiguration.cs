using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class RemovalCriterionConfiguration : IEntityTypeConfiguration<RemovalCriterion>
{
    public void Configure(EntityTypeBuilder<RemovalCriterion> builder) => builder.HasIndex(c => c.Name).IsUnique();
}
