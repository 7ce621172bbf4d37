using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Visits;

namespace Rag.Persistence.Visits;

public sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> builder)
    {
        builder.HasIndex(s => new { s.VisitId, s.RequiredCommentaryId }).IsUnique();
        builder.HasOne(s => s.Visit).WithMany(v => v.ReportSections).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.RequiredCommentary).WithMany(c => c.ReportSections).OnDelete(DeleteBehavior.Restrict);
    }
}
