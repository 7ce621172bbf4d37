using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Standards;

namespace Rag.Persistence.Standards;

public sealed class SelfEvaluationConfiguration : IEntityTypeConfiguration<SelfEvaluation>
{
    public void Configure(EntityTypeBuilder<SelfEvaluation> builder)
    {
        builder.HasOne(e => e.LocalAuthority).WithMany(la => la.SelfEvaluations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.QualityStandard).WithMany(s => s.SelfEvaluations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Level).WithMany(l => l.SelfEvaluations).OnDelete(DeleteBehavior.Restrict);
    }
}
