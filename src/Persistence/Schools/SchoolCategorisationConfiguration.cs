using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Schools;

namespace Rag.Persistence.Schools;

public sealed class SchoolCategorisationConfiguration : IEntityTypeConfiguration<SchoolCategorisation>
{
    public void Configure(EntityTypeBuilder<SchoolCategorisation> builder)
    {
        builder.HasOne(c => c.SchoolCategory).WithMany(c => c.Categorisations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.School).WithMany(s => s.Categorisations).OnDelete(DeleteBehavior.Restrict);
    }
}
