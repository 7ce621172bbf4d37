using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rag.Domain.Sips;

namespace Rag.Persistence.Sips;

public sealed class SipDeploymentConfiguration : IEntityTypeConfiguration<SipDeployment>
{
    public void Configure(EntityTypeBuilder<SipDeployment> builder)
    {
        builder.HasOne(d => d.Sip).WithMany(s => s.Deployments).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.School).WithMany(s => s.SipDeployments).OnDelete(DeleteBehavior.Restrict);
    }
}
