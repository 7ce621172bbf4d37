using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class ReadinessEvaluationConfiguration : IEntityTypeConfiguration<ReadinessEvaluation>
{
    public void Configure(EntityTypeBuilder<ReadinessEvaluation> builder)
    {
        builder.HasIndex(e => new { e.LocalAuthorityId, e.EvaluatedOn });
        builder.HasOne(e => e.LocalAuthority).WithMany(l => l.ReadinessEvaluations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ReadinessArea).WithMany(a => a.Evaluations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ReadinessStatement).WithMany(s => s.Evaluations).OnDelete(DeleteBehavior.Restrict);
    }
}
