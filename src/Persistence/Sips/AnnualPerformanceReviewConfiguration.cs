using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class AnnualPerformanceReviewConfiguration : IEntityTypeConfiguration<AnnualPerformanceReview>
{
    public void Configure(EntityTypeBuilder<AnnualPerformanceReview> builder)
    {
        builder.HasOne(r => r.Sip).WithMany(s => s.PerformanceReviews).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.LocalAuthority).WithMany(l => l.AnnualPerformanceReviews).OnDelete(DeleteBehavior.Restrict);
    }
}
