using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Authorities;

namespace Rag.Persistence.Authorities;

public sealed class LocalAuthorityConfiguration : IEntityTypeConfiguration<LocalAuthority>
{
    public void Configure(EntityTypeBuilder<LocalAuthority> builder)
    {
        builder.HasIndex(la => la.Name).IsUnique();
        builder.HasOne(la => la.Region).WithMany(r => r.LocalAuthorities).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(la => la.RolloutWave).WithMany(w => w.LocalAuthorities).OnDelete(DeleteBehavior.SetNull);
    }
}
