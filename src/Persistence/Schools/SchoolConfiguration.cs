using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Schools;

namespace Rag.Persistence.Schools;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.HasIndex(s => s.Name);
        builder.HasIndex(s => s.Urn).IsUnique();
        builder.HasOne(s => s.LocalAuthority).WithMany(la => la.Schools).OnDelete(DeleteBehavior.Restrict);
    }
}
