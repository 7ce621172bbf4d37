using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Schools;

namespace Rag.Persistence.Schools;

public sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    // A school's inspection history is never lost with it: delete the inspections first, on purpose.
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.HasOne(i => i.GradeCode).WithMany(g => g.Inspections).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.School).WithMany(s => s.Inspections).OnDelete(DeleteBehavior.Restrict);
    }
}
