using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>A wave of the primary SIP programme's roll-out (003, Appendix A).</summary>
public class RolloutWave : Record
{
    public int Number { get; set; }
    public required string Label { get; set; }
    public DateOnly? StartsOn { get; set; }
    public List<LocalAuthority> LocalAuthorities { get; set; } = [];
}
