using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Fsi;

public sealed class FsiLetterConfiguration : IEntityTypeConfiguration<FsiLetter>
{
    public void Configure(EntityTypeBuilder<FsiLetter> builder)
    {
        builder.HasIndex(l => l.LetterDate);
        builder.HasOne(l => l.LocalAuthority).WithMany(la => la.FsiLetters).OnDelete(DeleteBehavior.Restrict);
    }
}
