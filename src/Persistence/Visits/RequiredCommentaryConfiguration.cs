using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Visits;

namespace Rag.Persistence.Visits;

public sealed class RequiredCommentaryConfiguration : IEntityTypeConfiguration<RequiredCommentary>
{
    public void Configure(EntityTypeBuilder<RequiredCommentary> builder) => builder.HasIndex(c => c.Label).IsUnique();
}
