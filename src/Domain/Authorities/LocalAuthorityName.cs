using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>Another spelling of an LA's name in some document ("Bristol City Council" in 002 is
/// "Bristol, City of" in 003), so any printed name leads to the one LA.</summary>
public class LocalAuthorityName : Record
{
    /// <summary>The LA's name exactly as that document spells it (e.g. "Bristol City Council").</summary>
    public required string Name { get; set; }
    /// <summary>The identifier of the LA the spelling names.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA the spelling names.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
}
