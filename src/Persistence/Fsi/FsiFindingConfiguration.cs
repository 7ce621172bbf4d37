using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Fsi;

public sealed class FsiFindingConfiguration : IEntityTypeConfiguration<FsiFinding>
{
    public void Configure(EntityTypeBuilder<FsiFinding> builder)
    {
        builder.HasOne(f => f.Heading).WithMany(h => h.Findings).OnDelete(DeleteBehavior.Restrict);
        // The second reading is kept as it was given (a heading's and an LA's printed name), not as references:
        // it is evidence about the finding, and stays readable even if a heading is later renamed.
        builder.Property(f => f.SecondReadingHeading).HasMaxLength(100);
        builder.Property(f => f.SecondReadingLocalAuthority).HasMaxLength(100);
    }
}
