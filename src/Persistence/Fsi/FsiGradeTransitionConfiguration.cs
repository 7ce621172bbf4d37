using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Fsi;

public sealed class FsiGradeTransitionConfiguration : IEntityTypeConfiguration<FsiGradeTransition>
{
    public void Configure(EntityTypeBuilder<FsiGradeTransition> builder)
    {
        builder.HasOne(t => t.FromGradeCode).WithMany(g => g.TransitionsFrom).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.ToGradeCode).WithMany(g => g.TransitionsTo).OnDelete(DeleteBehavior.Restrict);
    }
}
