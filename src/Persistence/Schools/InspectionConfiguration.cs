using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Schools;

namespace Rag.Persistence.Schools;

public sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder) =>
        builder.HasOne(i => i.GradeCode).WithMany().OnDelete(DeleteBehavior.Restrict);
}
