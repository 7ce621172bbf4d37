using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>An LA's statutory warning-notice procedure: working days a school has to comply and to appeal.</summary>
public class WarningNoticeProcedure : Record
{
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    public int WorkingDaysToComply { get; set; }
    public int WorkingDaysToAppeal { get; set; }
    public required string Text { get; set; }
}
