using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Grades;

namespace Rag.Persistence.Grades;

public sealed class GradeCodeConfiguration : IEntityTypeConfiguration<GradeCode>
{
    public void Configure(EntityTypeBuilder<GradeCode> builder) => builder.HasIndex(g => g.Code).IsUnique();
}
