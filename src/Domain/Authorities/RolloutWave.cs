using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>A wave of the primary SIP programme's roll-out (003, Appendix A).</summary>
public class RolloutWave : Record
{
    /// <summary>The wave's number, 1 to 4, in the order the waves started.</summary>
    public int Number { get; set; }
    /// <summary>The wave's heading as printed (e.g. "First-wave local authorities – from January 2007").</summary>
    public required string Label { get; set; }
    /// <summary>The first day of the month the heading says the wave started (2007-01-01 for "from January 2007"); null where it gives none.</summary>
    public DateOnly? StartsOn { get; set; }
    /// <summary>The LAs 003's Appendix A lists in the wave.</summary>
    public List<LocalAuthority> LocalAuthorities { get => field ??= []; set; }
}
