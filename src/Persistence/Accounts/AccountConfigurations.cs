using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Authorities;

namespace Rag.Persistence.Accounts;

public sealed class UserLocalAuthorityConfiguration : IEntityTypeConfiguration<UserLocalAuthority>
{
    public void Configure(EntityTypeBuilder<UserLocalAuthority> builder)
    {
        builder.HasKey(a => new { a.UserId, a.LocalAuthorityId });
        builder.HasOne<RagUser>().WithMany(u => u.LocalAuthorities).HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LocalAuthority>().WithMany().HasForeignKey(a => a.LocalAuthorityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PersonalApiTokenConfiguration : IEntityTypeConfiguration<PersonalApiToken>
{
    public void Configure(EntityTypeBuilder<PersonalApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne(t => t.User).WithMany(u => u.Tokens).HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
