using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Authorities;

namespace Rag.Persistence.Authorities;

public sealed class WarningNoticeProcedureConfiguration : IEntityTypeConfiguration<WarningNoticeProcedure>
{
    public void Configure(EntityTypeBuilder<WarningNoticeProcedure> builder) =>
        builder.HasOne(w => w.LocalAuthority).WithOne(la => la.WarningNoticeProcedure)
            .HasForeignKey<WarningNoticeProcedure>(w => w.LocalAuthorityId).OnDelete(DeleteBehavior.Cascade);
}
