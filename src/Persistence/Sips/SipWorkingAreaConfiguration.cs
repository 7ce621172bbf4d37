using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class SipWorkingAreaConfiguration : IEntityTypeConfiguration<SipWorkingArea>
{
    public void Configure(EntityTypeBuilder<SipWorkingArea> builder)
    {
        builder.HasOne(a => a.Sip).WithMany(s => s.WorkingAreas).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Region).WithMany(r => r.SipWorkingAreas).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.LocalAuthority).WithMany(l => l.SipWorkingAreas).OnDelete(DeleteBehavior.Restrict);
    }
}
