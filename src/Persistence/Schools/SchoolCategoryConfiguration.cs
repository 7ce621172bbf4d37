using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Schools;

namespace Rag.Persistence.Schools;

public sealed class SchoolCategoryConfiguration : IEntityTypeConfiguration<SchoolCategory>
{
    public void Configure(EntityTypeBuilder<SchoolCategory> builder)
    {
        builder.HasIndex(c => new { c.LocalAuthorityId, c.Number }).IsUnique();
        builder.HasOne(c => c.LocalAuthority).WithMany(la => la.SchoolCategories).OnDelete(DeleteBehavior.Restrict);
    }
}
