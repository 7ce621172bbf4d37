using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>Another spelling of an LA's name in some document ("Bristol City Council" in 002 is
/// "Bristol, City of" in 003), so any printed name leads to the one LA.</summary>
public class LocalAuthorityName : Record
{
    public required string Name { get; set; }
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
}
