using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Fsi;

public sealed class FsiGradeCountConfiguration : IEntityTypeConfiguration<FsiGradeCount>
{
    public void Configure(EntityTypeBuilder<FsiGradeCount> builder) =>
        builder.HasOne(c => c.GradeCode).WithMany(g => g.GradeCounts).OnDelete(DeleteBehavior.Restrict);
}
