using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Authorities;

namespace Rag.Persistence.Authorities;

public sealed class LocalAuthorityNameConfiguration : IEntityTypeConfiguration<LocalAuthorityName>
{
    public void Configure(EntityTypeBuilder<LocalAuthorityName> builder) => builder.HasIndex(n => n.Name);
}
