using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class ReadinessStatementConfiguration : IEntityTypeConfiguration<ReadinessStatement>
{
    public void Configure(EntityTypeBuilder<ReadinessStatement> builder)
    {
        builder.HasIndex(s => s.Label).IsUnique();
    }
}
